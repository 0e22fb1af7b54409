@testable import AgendaLocalization
import AgendaModel
@testable import AgendaTUI
import Testing
import TerminalWidgets
import TestSupport

/// Areas edited on their rows of the goals view: renamed and described, moved, added and removed.
@Suite struct AreasReducerTests {
    func state(_ agenda: Agenda = Fixtures.agenda()) -> AppState {
        var state = TUI.state(agenda, width: 100, height: 30, path: "/tmp/agenda.json")
        state.who = "Ana María"
        return state
    }

    func agenda(_ state: AppState) -> Agenda {
        TUI.agendaScreen(state)!.document.agenda
    }

    /// Selects the row of an area.
    func select(area id: String, _ state: inout AppState) {
        GoalsFeature.refreshRows(&state.agenda!, keeping: "area:" + id)
    }

    @Test func enterFoldsAnAreaAndEEditsItsNameAndDescription() throws {
        var state = state()
        select(area: "leadership", &state)
        TUI.press([.enter], &state)
        #expect(state.keyContext == .goals)
        #expect(TUI.agendaScreen(state)?.goals.folded.contains("area:leadership") == true)
        TUI.press([.character("e")], &state)
        #expect(state.keyContext == .form)
        TUI.press([.control("u")], &state)
        TUI.type("Liderazgo", &state)
        TUI.press([.tab], &state)
        TUI.type("Formar líderes.", &state)
        TUI.press([.control("s")], &state)
        #expect(agenda(state).area("leadership")?.name == "Liderazgo")
        #expect(agenda(state).area("leadership")?.description.hasSuffix("Formar líderes.") == true)
        TUI.press([.character("u")], &state)
        #expect(TUI.screen(state).contains("Undid: changes to area Leadership"))
        #expect(agenda(state).area("leadership")?.name == Fixtures.agenda().area("leadership")?.name)
    }

    @Test func anAreaTakenByAnotherNameIsRefused() {
        var state = state()
        select(area: "leadership", &state)
        let other = Fixtures.agenda().areas[1].name
        TUI.press([.character("e"), .control("u")], &state)
        TUI.type(other.uppercased(), &state)
        TUI.press([.control("s")], &state)
        #expect(state.keyContext == .form)
        #expect(TUI.screen(state).contains("Another area has this name"))
    }

    @Test func mMovesAnAreaAmongTheAreas() {
        var state = state()
        let ids = Fixtures.agenda().areas.map(\.id)
        select(area: ids[0], &state)
        TUI.press([.character("m")], &state)
        #expect(TUI.screen(state).contains("after " + Fixtures.agenda().areas[1].name))
        // The second choice: after the other area.
        TUI.press([.down, .enter], &state)
        #expect(agenda(state).areas.map(\.id) == Array(ids.dropFirst()) + [ids[0]])
        TUI.press([.character("u")], &state)
        #expect(agenda(state).areas.map(\.id) == ids)
    }

    @Test func anAreaIsAddedWithAnIDFromItsNameAndRemovedWhenEmpty() throws {
        var state = state()
        TUI.press([.character("A")], &state)
        TUI.type("Voto en el exterior", &state)
        TUI.press([.control("s")], &state)
        let added = try #require(agenda(state).area("voto-en-el-exterior"))
        #expect(added.name == "Voto en el exterior")
        select(area: added.id, &state)
        TUI.press([.character("d")], &state)
        #expect(TUI.screen(state).contains("Remove this area?"))
        TUI.press([.character("y")], &state)
        #expect(agenda(state).area("voto-en-el-exterior") == nil)
    }

    @Test func removingAnAreaWithGoalsMovesThemWhereTheUserSaysFirst() throws {
        var state = state()
        select(area: "leadership", &state)
        let before = agenda(state).goals.filter { $0.area == "leadership" }.map(\.id)
        #expect(before.count == 4)
        TUI.press([.character("d")], &state)
        #expect(TUI.screen(state).contains("Move its 4 goals to"))
        TUI.press([.enter], &state)
        let target = Fixtures.agenda().areas.first { $0.id != "leadership" }!.id
        #expect(agenda(state).area("leadership") == nil)
        #expect(before.allSatisfy { agenda(state).goal($0)?.area == target })
        // Sub-goals keep their parents.
        #expect(agenda(state).goal("G-0002")?.parent == "G-0001")
        TUI.press([.character("u")], &state)
        #expect(agenda(state).area("leadership") != nil)
        #expect(before.allSatisfy { agenda(state).goal($0)?.area == "leadership" })
    }
}
