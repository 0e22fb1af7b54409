@testable import AgendaLocalization
import AgendaModel
@testable import AgendaTUI
import Testing
import TerminalWidgets
import TestSupport

/// What a form does with what is typed: a number is replaced by typing, a long text shows its start,
/// and Ctrl-C does not throw away what was typed without asking.
@Suite struct FormTypingTests {
    func state(width: Int = 100) -> AppState {
        var state = TUI.state(Fixtures.agenda(), width: width, height: 30, path: "/tmp/agenda.json")
        GoalsFeature.refreshRows(&state.agenda!, keeping: "goal:G-0001")
        return state
    }

    func focus(_ name: String, _ state: inout AppState) {
        guard case .form(var form, let returning) = state.agenda!.mode, let index = form.index(of: name) else { return }
        form.focus = index
        state.agenda!.mode = .form(form, returning: returning)
    }

    @Test func typingANumberReplacesTheOneTheFieldOpenedWith() throws {
        var state = state()
        TUI.press([.character("e")], &state)
        focus("progress", &state)
        TUI.type("75", &state)
        #expect(state.agenda?.form?.field("progress")?.text == "75")
        // Once typed in, keys edit as usual; back in the field later, typing replaces again.
        TUI.press([.backspace], &state)
        TUI.type("0", &state)
        #expect(state.agenda?.form?.field("progress")?.text == "70")
        TUI.press([.tab, .backTab], &state)
        TUI.type("5", &state)
        #expect(state.agenda?.form?.field("progress")?.text == "5")
    }

    @Test func aLongTitleShowsItsStartUntilTheCursorMovesRight() throws {
        var agenda = Fixtures.agenda()
        let long = "Promover el registro consular y la credencialización de las personas migrantes en cada estado del país"
        agenda.goals[0].title = long
        var state = TUI.state(agenda, width: 100, height: 30, path: "/tmp/agenda.json")
        GoalsFeature.refreshRows(&state.agenda!, keeping: "goal:G-0001")
        TUI.press([.character("e")], &state)
        let opened = TUI.screen(state)
        #expect(opened.contains("Promover el registro consular"), "\(opened)")
        // The cursor starts at the beginning; End shows the end.
        TUI.press([.end], &state)
        #expect(TUI.screen(state).contains("estado del país"))
        #expect(!TUI.screen(state).contains("Promover el registro"))
    }

    @Test func controlUClearsALongTitleShownFromItsStart() throws {
        var agenda = Fixtures.agenda()
        agenda.goals[0].title = "Promover el registro consular y la credencialización de las personas migrantes en cada estado del país"
        var state = TUI.state(agenda, width: 60, height: 24, path: "/tmp/agenda.json")
        GoalsFeature.refreshRows(&state.agenda!, keeping: "goal:G-0001")
        TUI.press([.character("e"), .control("u")], &state)
        TUI.type("Registro consular", &state)
        #expect(state.agenda?.form?.field("title")?.text == "Registro consular")
    }

    @Test func controlCInAChangedFormAsksAndASecondOneQuits() throws {
        var state = state()
        TUI.press([.character("e")], &state)
        TUI.type(" y más", &state)
        var effects = TUI.press([.control("c")], &state)
        #expect(effects.isEmpty)
        #expect(TUI.screen(state).contains("Quit and lose what you typed?"))
        // Escape goes back to the form, as it was.
        TUI.press([.escape], &state)
        #expect(state.keyContext == .form)
        #expect(state.agenda?.form?.field("title")?.text.hasSuffix(" y más") == true)
        TUI.press([.control("c")], &state)
        effects = TUI.press([.control("c")], &state)
        #expect(effects == [.quit])
    }

    @Test func controlCWithNothingTypedQuitsAtOnce() {
        var state = state()
        TUI.press([.character("e")], &state)
        #expect(TUI.press([.control("c")], &state) == [.quit])
    }

    @Test func votesAreTypedOverTheirZero() throws {
        var state = TUI.state(SessionFixtures.agenda(), width: 100, height: 30, path: "/tmp/agenda.json")
        TUI.press([.character("3"), .character("L"), .character("v")], &state)
        TUI.type("¿Aprobar?", &state)
        TUI.press([.tab, .tab], &state)
        TUI.type("12", &state)
        #expect(state.agenda?.form?.field("for")?.text == "12")
    }
}
