@testable import AgendaLocalization
@testable import AgendaTUI
import Testing
import TextWidth

/// The filter summary on the status line fits its room and says where it was cut.
struct FilterSummaryTests {
    let strings = Strings(.english)

    @Test func aSummaryThatFitsIsWhole() {
        #expect(FilterSummary.text(["area Leadership"], strings, width: 80) == " · Filter: area Leadership  (x clears)")
        #expect(FilterSummary.text([], strings, width: 80) == "")
    }

    @Test func aLongSummaryLosesTheHintThenIsCutWithAnEllipsis() {
        let whole = " · Filter: Search “MICHOACÁN”"
        #expect(FilterSummary.text(["Search “MICHOACÁN”"], strings, width: DisplayWidth.of(whole)) == whole)
        let parts = ["Leadership and organizational strength: all 6 goals", "日本"]
        let text = FilterSummary.text(parts, strings, width: 40)
        #expect(DisplayWidth.of(text) == 40)
        #expect(text == " · Filter: Leadership and organizationa…", "\(text)")
        #expect(FilterSummary.text(["日本"], strings, width: 0) == "")
    }
}

/// On the status line, the filters come before who is editing.
struct StatusLineRoomTests {
    @Test func aLongFilterTakesTheRoomOfWhoIsEditing() throws {
        var state = TUI.state(width: 80, height: 24)
        state.who = "Comité de Liderazgo"
        #expect(TUI.screen(state).contains("Comité de Liderazgo · no changes yet"))
        TUI.press([.character("/")], &state)
        TUI.type("michoacán", &state)
        TUI.press([.enter], &state)
        let line = TUI.screen(state).split(separator: "\n")[1]
        #expect(line.contains("Filter: Search “michoacán”"), "\(line)")
        #expect(!line.contains("Comité"), "\(line)")
        // Without the filter, who is editing shows again.
        TUI.press([.character("x")], &state)
        #expect(TUI.screen(state).contains("Comité de Liderazgo · no changes yet"))
    }
}
