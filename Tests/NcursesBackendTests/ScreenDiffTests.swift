import Testing
import TerminalWidgets
@testable import NcursesBackend

/// Which cells `present` hands to ncurses.
@Suite struct ScreenDiffTests {
    typealias Run = ScreenDiff.Run

    @Test func everythingWithoutAPreviousBuffer() {
        let buffer = ScreenBuffer(width: 4, height: 3)
        #expect(ScreenDiff.runs(from: nil, to: buffer) == [Run(y: 0, x: 0, count: 4), Run(y: 1, x: 0, count: 4), Run(y: 2, x: 0, count: 4)])
    }

    @Test func everythingAfterAResize() {
        let old = ScreenBuffer(width: 4, height: 3)
        let new = ScreenBuffer(width: 5, height: 2)
        #expect(ScreenDiff.runs(from: old, to: new) == [Run(y: 0, x: 0, count: 5), Run(y: 1, x: 0, count: 5)])
    }

    @Test func nothingWhenNothingChanged() {
        var buffer = ScreenBuffer(width: 10, height: 4)
        buffer.write("Michoacán 日本", x: 0, y: 1)
        #expect(ScreenDiff.runs(from: buffer, to: buffer).isEmpty)
    }

    @Test func aOneLineChangeTouchesOneLine() {
        let old = ScreenBuffer(width: 120, height: 40)
        var new = old
        new.write("Jesús", x: 10, y: 7)
        #expect(ScreenDiff.runs(from: old, to: new) == [Run(y: 7, x: 10, count: 5)])
    }

    @Test func separateChangesMakeSeparateRuns() {
        var old = ScreenBuffer(width: 10, height: 2)
        old.write("abcdefghij", x: 0, y: 0)
        var new = old
        new.write("X", x: 1, y: 0)
        new.write("YZ", x: 5, y: 0)
        new.write("W", x: 9, y: 1)
        #expect(ScreenDiff.runs(from: old, to: new) == [Run(y: 0, x: 1, count: 1), Run(y: 0, x: 5, count: 2), Run(y: 1, x: 9, count: 1)])
    }

    @Test func aStyleChangeIsAChange() {
        var old = ScreenBuffer(width: 6, height: 1)
        old.write("agenda", x: 0, y: 0)
        var new = old
        new.restyle(Rect(x: 2, y: 0, width: 2, height: 1)) { $0.with(.reverse) }
        #expect(ScreenDiff.runs(from: old, to: new) == [Run(y: 0, x: 2, count: 2)])
    }

    @Test func aWideCharacterCoversItsContinuation() {
        var old = ScreenBuffer(width: 6, height: 1)
        old.write("ab", x: 0, y: 0)
        var new = old
        new.write("日", x: 0, y: 0)
        #expect(ScreenDiff.runs(from: old, to: new) == [Run(y: 0, x: 0, count: 2)])
        #expect(ScreenDiff.runs(from: new, to: old) == [Run(y: 0, x: 0, count: 2)])
    }

    @Test func aFullChangeOfALargeScreen() {
        let old = ScreenBuffer(width: 120, height: 40)
        var new = old
        for y in 0..<40 { new.write(String(repeating: "x", count: 120), x: 0, y: y) }
        let runs = ScreenDiff.runs(from: old, to: new)
        #expect(runs.count == 40)
        #expect(ScreenDiff.cellCount(runs) == 4800)
    }

    @Test func anEmptyBufferHasNoRuns() {
        #expect(ScreenDiff.runs(from: nil, to: ScreenBuffer(width: 0, height: 5)).isEmpty)
    }
}
