import AgendaModel
@testable import AgendaTUI
import Foundation
import Testing
import TerminalWidgets
import TestSupport

/// People in a session through the reducer: a guest speaker's organization, an item's presenter.
@Suite struct SessionPeopleTests {
    func state() -> AppState {
        var state = TUI.state(SessionFixtures.agenda(), width: 100, height: 30, path: "/tmp/agenda.json")
        state.now = Fixtures.time
        return state
    }

    func session(_ state: AppState) -> Session? {
        TUI.agendaScreen(state)?.document.agenda.session("S-0001")
    }

    @Test func aGuestSpeaksForAnOrganizationChosenFromASearchableMenu() throws {
        var state = state()
        TUI.press([.character("3"), .character("L"), .character("a")], &state)
        TUI.type("Marisol Ek", &state)
        TUI.press([.enter, .enter], &state)
        guard case .menu(let menu)? = state.overlay else { Issue.record("no menu"); return }
        #expect(menu.title == "Marisol Ek speaks for (Esc: none)")
        #expect(menu.items.first?.label == "(no organization)")
        #expect(menu.items.dropFirst().map(\.label) == ["Alianza (US)", "Congreso de Michoacán (MX)", "Diócesis católicas (MX)"])
        TUI.type("dioc", &state)
        TUI.press([.enter], &state)
        #expect(state.overlay == nil)
        #expect(session(state)?.speakers.last?.organization == "diocesis")
        #expect(TUI.screen(state).contains("1. Marisol Ek (Diócesis católicas)"))
        // Escape skips the question: the guest still joins the queue.
        TUI.press([.character("a")], &state)
        TUI.type("Pedro", &state)
        TUI.press([.enter, .enter, .escape], &state)
        #expect(session(state)?.speakers.map(\.name) == ["Marisol Ek", "Pedro"])
        #expect(session(state)?.speakers.last?.organization == nil)
        // One of the agenda's people joins at once with their organization; a guest's name completes
        // once they have asked to speak.
        TUI.press([.character("a")], &state)
        TUI.type("mari", &state)
        guard case .prompt(let prompt)? = state.overlay else { Issue.record("no prompt"); return }
        #expect(prompt.suggestions == ["Marisol Ek"])
        TUI.press([.control("u")], &state)
        TUI.type("lucia", &state)
        TUI.press([.tab, .enter, .enter], &state)
        #expect(state.overlay == nil)
        #expect(session(state)?.speakers.last?.name == "Lucía Hernández")
        #expect(session(state)?.speakers.last?.organization == "diocesis")
        #expect(session(state)?.speakers.last?.language == "es")
    }

    @Test func theEscapeOfTheKindMenuStillCancelsTheRequest() {
        var state = state()
        TUI.press([.character("3"), .character("L"), .character("a")], &state)
        TUI.type("Pedro", &state)
        TUI.press([.enter, .escape], &state)
        #expect(state.overlay == nil)
        #expect(session(state)?.speakers.isEmpty == true)
    }

    @Test func anItemsPresenterIsSetFromThePlanWithNamesCompleted() throws {
        var state = state()
        TUI.press([.character("3"), .enter], &state)
        #expect(state.keyContext == .plan)
        #expect(TUI.screen(state).contains("›1. Train migrant leaders (G-0001) · Leadership Committee"))
        TUI.press([.character("j"), .character("p")], &state)
        guard case .prompt(let prompt)? = state.overlay else { Issue.record("no prompt"); return }
        #expect(prompt.title == "Who presents this item? (Tab completes, empty clears)")
        #expect(prompt.text.text.isEmpty)
        // The owners of the item's goal and the agenda's people complete.
        TUI.type("c", &state)
        guard case .prompt(let typed)? = state.overlay else { Issue.record("no prompt"); return }
        #expect(typed.suggestions == ["Comité de Organización", "Lucía Hernández"])
        TUI.press([.control("u")], &state)
        TUI.type("luc", &state)
        TUI.press([.tab, .enter], &state)
        #expect(session(state)?.items.map(\.presenter) == ["Leadership Committee", "Lucía Hernández", nil])
        #expect(TUI.screen(state).contains("›2. Vote from abroad in Michoacán (G-0005) · Lucía Hernández"))
        // A name typed in other letters is the person's; an empty answer clears; undo brings it back.
        TUI.press([.character("p"), .control("u")], &state)
        TUI.type("LUCIA HERNANDEZ", &state)
        TUI.press([.enter], &state)
        #expect(session(state)?.items[1].presenter == "Lucía Hernández")
        TUI.press([.character("k"), .character("p")], &state)
        guard case .prompt(let current)? = state.overlay else { Issue.record("no prompt"); return }
        #expect(current.text.text == "Leadership Committee")
        TUI.press([.control("u"), .enter], &state)
        #expect(session(state)?.items[0].presenter == nil)
        TUI.press([.character("u")], &state)
        #expect(session(state)?.items[0].presenter == "Leadership Committee")
        // The key is listed in the plan's help.
        TUI.press([.character("?")], &state)
        #expect(TUI.screen(state).contains("Set who presents the item"))
    }
}
