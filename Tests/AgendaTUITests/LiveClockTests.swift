import AgendaModel
@testable import AgendaTUI
import Foundation
import Testing
import TerminalWidgets
import TestSupport

/// The item's clock bar in live mode: green, amber from 80% of the timebox, red past it; without
/// colour the words carry the meaning.
@Suite struct LiveClockTests {
    /// Live mode on the fixture session, its first item (a 10-minute timebox) running for `minutes`.
    func state(after minutes: Double, color: Bool) -> AppState {
        var state = TUI.state(SessionFixtures.agenda(), width: 100, height: 30, path: "/tmp/agenda.json")
        state.hasColor = color
        state.now = Fixtures.time
        TUI.press([.character("3"), .character("L"), .character(" ")], &state)
        _ = Reducer.reduce(&state, .tick(now: state.now.addingTimeInterval(minutes * 60)))
        return state
    }

    /// The clock's row as rendered: its text, the cells of the bar, and the cells of the words after it.
    func clock(_ state: AppState) throws -> (text: String, bar: [Cell], words: [Cell]) {
        let buffer = Renderer.render(state)
        let row = try #require((0..<buffer.height).first { buffer.line($0).contains(" / 10:00") })
        let cells = (1..<buffer.width).map { buffer[$0, row] }
        let bar = Array(cells.prefix { $0.text != " " })
        let words = Array(cells.dropFirst(bar.count)).filter { $0.text != " " }
        return (buffer.line(row), bar, words)
    }

    @Test func theBarTurnsFromGreenToAmberToRed() throws {
        let moments: [(minutes: Double, color: Color, words: String)] = [
            (4, .green, "4:00 / 10:00  6:00 left"),
            (8.5, .yellow, "8:30 / 10:00  1:30 left"),
            (10 + 5.0 / 60, .red, "10:05 / 10:00  +0:05 over"),
        ]
        for moment in moments {
            let (text, bar, words) = try clock(state(after: moment.minutes, color: true))
            #expect(text.contains(moment.words), "\(text)")
            #expect(bar.count > 40)
            #expect(bar.allSatisfy { $0.style.foreground == moment.color }, "\(moment.minutes) min: \(Set(bar.map(\.style)))")
            // Only the overrun's words are in red.
            let over = words.contains { $0.style.foreground == .red }
            #expect(over == (moment.color == .red))
        }
    }

    @Test func withoutColourTheWordsAndBoldCarryTheOverrun() throws {
        for minutes in [4, 8.5] {
            let (text, bar, words) = try clock(state(after: minutes, color: false))
            #expect(text.contains("left") && !text.contains("over"))
            #expect((bar + words).allSatisfy { $0.style.foreground == .default && $0.style.background == .default })
            #expect(bar.allSatisfy { $0.style == .plain })
        }
        let (text, bar, words) = try clock(state(after: 10 + 5.0 / 60, color: false))
        #expect(text.contains("10:05 / 10:00  +0:05 over"))
        #expect((bar + words).allSatisfy { $0.style.foreground == .default })
        #expect(bar.allSatisfy { $0.style.attributes.contains(.bold) })
        #expect(words.allSatisfy { $0.style.attributes.isSuperset(of: [.bold, .underline]) })
    }
}
