import AgendaModel
@testable import AgendaTUI
import Foundation
import Testing
import TerminalWidgets
import TestSupport

/// Who is present, through the reducer: names typed in the list join the roster and the attendance,
/// guests in the speaker queue join the roster, and the floor offers to mark its speaker present; the
/// tick list's search, `+ add` row and Space.
@Suite struct AttendanceTests {
    func state(_ agenda: Agenda = SessionFixtures.agenda()) -> AppState {
        var state = TUI.state(agenda, width: 100, height: 30, path: "/tmp/agenda.json")
        state.now = Fixtures.time
        return state
    }

    func agenda(_ state: AppState) -> Agenda { TUI.agendaScreen(state)!.document.agenda }
    func session(_ state: AppState) -> Session? { agenda(state).session("S-0001") }
    var menu: (AppState) -> MenuState? = { state in
        if case .menu(let menu)? = state.overlay { return menu }
        return nil
    }

    @Test func namesTypedInTheLiveAttendanceListJoinTheRosterAndArePresent() throws {
        var state = state()
        TUI.press([.character("3"), .character("L"), .character("w")], &state)
        #expect(menu(state)?.title == "Who is present")
        TUI.type("Rosa Hernández", &state)
        #expect(TUI.screen(state).contains("+ add “Rosa Hernández” (Enter)"))
        TUI.press([.enter], &state)
        TUI.type("Juan", &state)
        TUI.press([.enter, .escape], &state)
        // Both joined the roster and are present; the first is asked their organization.
        let rosa = try #require(agenda(state).people.first { $0.name == "Rosa Hernández" })
        let juan = try #require(agenda(state).people.first { $0.name == "Juan" })
        #expect(session(state)?.attendance.people.contains(rosa.id) == true)
        #expect(session(state)?.attendance.people.contains(juan.id) == true)
        #expect(menu(state)?.title == "Rosa Hernández is with (Esc: none)")
        TUI.type("alian", &state)
        TUI.press([.enter], &state)
        #expect(agenda(state).person(rosa.id)?.organization == "alianza")
        #expect(session(state)?.attendance.organizations.contains("alianza") == true)
        // Then Juan; Escape leaves him with none.
        #expect(menu(state)?.title == "Juan is with (Esc: none)")
        TUI.press([.escape], &state)
        #expect(state.overlay == nil)
        #expect(agenda(state).person(juan.id)?.organization == nil)
        // Opened again, the list has them, ticked.
        TUI.press([.character("w")], &state)
        let ticked = menu(state)?.allItems.filter(\.isCurrent).map(\.name) ?? []
        #expect(ticked.contains("Rosa Hernández") && ticked.contains("Juan") && ticked.contains("Alianza"))
    }

    @Test func tickingClearsTheSearchAndANameInsideAnotherCanStillBeAdded() throws {
        var fixture = SessionFixtures.agenda()
        fixture.people.append(Person(id: "comision", name: "Comisión de Voto en el Extranjero"))
        var state = state(fixture)
        TUI.press([.character("3"), .character("L"), .character("w")], &state)
        TUI.type("voto", &state)
        TUI.press([.enter], &state)
        // The tick cleared the search: the next name typed starts afresh.
        #expect(menu(state)?.filter?.text == "")
        #expect(menu(state)?.allItems.first { $0.name == "Comisión de Voto en el Extranjero" }?.isCurrent == true)
        TUI.type("Comisión de Voto", &state)
        // A match is shown, and the typed name, not exactly any, is offered on its own row.
        #expect(menu(state)?.items.map(\.name) == ["Comisión de Voto en el Extranjero"])
        #expect(menu(state)?.nameToAdd == "Comisión de Voto")
        TUI.press([.down, .enter, .escape], &state)
        let names = self.agenda(state).people.map(\.name)
        #expect(names.contains("Comisión de Voto"))
        // The name typed exactly as one already there is not offered again.
        TUI.press([.escape, .character("w")], &state)
        TUI.type("comisión de voto", &state)
        #expect(menu(state)?.nameToAdd == nil)
    }

    @Test func spaceTicksWhileNothingIsTypedAndTypesASpaceInAName() {
        var state = state()
        TUI.press([.character("3"), .character("L"), .character("w")], &state)
        let before = menu(state)?.allItems.first?.isCurrent
        TUI.press([.character(" ")], &state)
        #expect(menu(state)?.allItems.first?.isCurrent == !(before ?? true))
        TUI.type("ana", &state)
        TUI.press([.character(" ")], &state)
        TUI.type("ruiz", &state)
        #expect(menu(state)?.filter?.text == "ana ruiz")
        #expect(TUI.screen(state).contains("Enter ticks or adds · Space types · Esc done"))
    }

    @Test func aGuestSpeakerJoinsTheRosterAndIsPresentAndTheFloorOffersToMarkOthers() throws {
        var fixture = SessionFixtures.agenda()
        fixture.sessions[0].attendance = Attendance()
        var state = state(fixture)
        TUI.press([.character("3"), .character("L"), .character("a")], &state)
        TUI.type("Marisol Ek", &state)
        TUI.press([.enter, .enter, .escape], &state)
        let marisol = try #require(agenda(state).people.first { $0.name == "Marisol Ek" })
        #expect(TUI.screen(state).contains("Marisol Ek joined the roster"))
        #expect(session(state)?.attendance.people.contains(marisol.id) == true)
        // Lucía is in the roster but not marked present: given the floor, she is offered to be marked.
        TUI.press([.character("a")], &state)
        TUI.type("Lucía Hernández", &state)
        TUI.press([.enter, .enter], &state)
        #expect(session(state)?.attendance.people.contains("lucia") == false)
        TUI.press([.character("x")], &state)
        #expect(state.overlay == nil)
        TUI.press([.character("x")], &state)
        #expect(TUI.screen(state).contains("Lucía Hernández has the floor but is not marked present."))
        TUI.press([.character("y")], &state)
        #expect(session(state)?.attendance.people.contains("lucia") == true)
        #expect(session(state)?.attendance.organizations.contains("diocesis") == true)
    }
}

/// The goal form's tick lists: owners take new names, trimmed, on the `+ add` row only; organizations
/// are linked from those that exist.
@Suite struct GoalFormTickListTests {
    func editing(_ field: String) -> AppState {
        var state = TUI.state(Fixtures.agenda(), width: 100, height: 30, path: "/tmp/agenda.json")
        GoalsFeature.refreshRows(&state.agenda!, keeping: "goal:G-0001")
        TUI.press([.character("e")], &state)
        if case .form(var form, let returning) = state.agenda!.mode {
            form.focus = form.fields.firstIndex { $0.name == field } ?? 0
            state.agenda!.mode = .form(form, returning: returning)
        }
        TUI.press([.enter], &state)
        return state
    }

    func menu(_ state: AppState) -> MenuState? {
        if case .menu(let menu)? = state.overlay { return menu }
        return nil
    }

    func goal(_ state: AppState) -> Goal? { TUI.agendaScreen(state)?.document.agenda.goal("G-0001") }

    @Test func anOwnerTypedIsAddedOnlyFromItsRowAndTrimmed() {
        var state = editing("owners")
        TUI.type("voting ", &state)
        // Space typed into the name; Enter on the first row ticks what matches (nothing), so the
        // selection is the row that adds the name.
        #expect(menu(state)?.filter?.text == "voting ")
        #expect(menu(state)?.isOnAddRow == true)
        TUI.press([.enter], &state)
        TUI.type("Comité", &state)
        #expect(menu(state)?.filter?.text == "Comité")
        TUI.press([.escape, .control("s")], &state)
        #expect(goal(state)?.owners == ["Leadership Committee", "voting"])
    }

    @Test func organizationsAreNotInventedFromATypedName() {
        var state = editing("organizations")
        TUI.type("Federación de Clubes Michoacanos en Illinois", &state)
        #expect(menu(state)?.nameToAdd == nil)
        #expect(TUI.screen(state).contains("nothing matches"))
        TUI.press([.enter, .escape, .control("s")], &state)
        #expect(state.keyContext == .goals)
        #expect(goal(state)?.organizations == ["alianza"])
    }
}
