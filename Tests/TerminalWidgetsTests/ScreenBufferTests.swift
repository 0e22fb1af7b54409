import Foundation
import Testing
@testable import TerminalWidgets
import TextWidth

/// The screen buffer places graphemes by width and never splits one.
@Suite struct ScreenBufferTests {
    @Test func writesAccentedWideAndEmojiTextByWidth() {
        var buffer = ScreenBuffer(width: 20, height: 2)
        let written = buffer.write("Michoacán 日本 👩🏽‍🌾", x: 0, y: 0)
        #expect(written == 17)
        #expect(buffer.line(0) == "Michoacán 日本 👩🏽‍🌾")
        #expect(buffer[10, 0].text == "日" && buffer[10, 0].width == 2)
        #expect(buffer[11, 0].isContinuation)
    }

    /// A wide character that does not fit is not split: the text is cut before it, with an ellipsis.
    @Test func aWideCharacterAtTheEdgeGivesWayToAnEllipsis() {
        var buffer = ScreenBuffer(width: 5, height: 1)
        buffer.write("abcd日", x: 0, y: 0)
        #expect(buffer.line(0) == "abcd…")
        var limited = ScreenBuffer(width: 10, height: 1)
        limited.write("日本語", x: 0, y: 0, limit: 5)
        #expect(limited.line(0) == "日本…")
    }

    /// Text cut at its limit or at the buffer's edge ends with an ellipsis; blanks left out do not count.
    @Test func cutTextEndsWithAnEllipsis() {
        var buffer = ScreenBuffer(width: 8, height: 3)
        buffer.write("Juan Carlos Ramírez", x: 0, y: 0)
        #expect(buffer.line(0) == "Juan Ca…")
        buffer.write("Juan Carlos", x: 2, y: 1, limit: 4)
        #expect(buffer.line(1) == "  Jua…")
        buffer.write("Juan      ", x: 0, y: 2, limit: 6)
        #expect(buffer.line(2) == "Juan")
    }

    @Test func overwritingHalfAWideCharacterClearsTheOtherHalf() {
        var buffer = ScreenBuffer(width: 6, height: 1)
        buffer.write("日本", x: 0, y: 0)
        buffer.write("x", x: 1, y: 0)
        #expect(buffer.line(0) == " x本")
        buffer.write("y", x: 2, y: 0)
        #expect(buffer.line(0) == " xy")
    }

    @Test func controlCharactersDoNotBreakTheLine() {
        var buffer = ScreenBuffer(width: 12, height: 1)
        buffer.write("a\nb\tc\u{7}d", x: 0, y: 0)
        #expect(buffer.line(0) == "a b cd")
    }

    @Test func wrappingKeepsWordsAndWidths() {
        let lines = TextWrap.wrap("Michoacán migrants lobbied fractions of Congress 日本語のテキスト", width: 12)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 12 })
        #expect(lines.first == "Michoacán")
        #expect(lines.joined(separator: " ").replacingOccurrences(of: " ", with: "")
            == "Michoacán migrants lobbied fractions of Congress 日本語のテキスト".replacingOccurrences(of: " ", with: ""))
    }

    @Test func textFieldEditsByGrapheme() {
        var field = TextField("Michoacán")
        field.handle(.backspace)
        #expect(field.text == "Michoacá")
        field.handle(.character("n"))
        field.handle(.home)
        field.handle(.right)
        field.handle(.delete)
        #expect(field.text == "Mchoacán")
        field.handle(.end)
        field.insert(" 👩🏽‍🌾 日本")
        #expect(field.text == "Mchoacán 👩🏽‍🌾 日本")
        field.handle(.left)
        field.handle(.left)
        field.handle(.backspace)
        #expect(field.text == "Mchoacán 👩🏽‍🌾日本")
        field.handle(.control("w"))
        #expect(field.text == "Mchoacán 日本")
        field.handle(.control("u"))
        #expect(field.text == "日本" && field.cursor == 0)
        var decomposed = TextField("e")
        decomposed.handle(.character("\u{301}"))
        #expect(decomposed.characters.count == 1)
    }

    @Test func viewportKeepsTheSelectionVisible() {
        var viewport = ListViewport()
        viewport.reveal(25, height: 10, count: 100)
        #expect(viewport.offset == 16)
        viewport.reveal(3, height: 10, count: 100)
        #expect(viewport.offset == 3)
        viewport.reveal(99, height: 10, count: 100)
        #expect(viewport.visible(height: 10, count: 100) == 90..<100)
        viewport.scroll(by: 50, height: 10, count: 100)
        #expect(viewport.offset == 90)
    }

    @Test func progressBarsHaveTheirWidth() {
        for percent in stride(from: 0, through: 100, by: 7) {
            #expect(ProgressBar.text(percent: percent, width: 10).count == 10)
        }
        #expect(ProgressBar.text(percent: 100, width: 4) == "████")
        #expect(ProgressBar.text(percent: 0, width: 4) == "····")
        #expect(ProgressBar.text(percent: 55, width: 10) == "█████▌····")
    }
}
