@testable import AgendaLocalization
import AgendaModel
@testable import AgendaTUI
import Testing
import TerminalWidgets
import TestSupport

/// The people view: reached with `2` again, a person added, edited and removed through its form and
/// confirmation, with the roster on disk following.
@Suite struct PeopleReducerTests {
    func state(_ agenda: Agenda = Fixtures.agenda(), language: Language = .english) -> AppState {
        var state = TUI.state(agenda, width: 100, height: 30, language: language, path: "/tmp/agenda.json")
        state.who = "Ana María"
        return state
    }

    func roster(_ state: AppState) -> [Person] {
        TUI.agendaScreen(state)?.document.agenda.people ?? []
    }

    @Test func twoAgainShowsThePeopleAndTheHeaderNamesThem() {
        var state = state()
        TUI.press([.character("2")], &state)
        #expect(state.keyContext == .organizations)
        TUI.press([.character("2")], &state)
        #expect(state.keyContext == .people)
        let screen = TUI.screen(state)
        #expect(screen.contains("2 People"))
        #expect(screen.contains("Jesús Martínez Saldaña"))
        #expect(screen.contains("Spanish, English"))
        TUI.press([.character("2")], &state)
        #expect(state.keyContext == .organizations)
        TUI.press([.character("P")], &state)
        #expect(state.keyContext == .people)
        TUI.press([.tab], &state)
        #expect(state.keyContext == .sessions)
    }

    @Test func aPersonAddedInTheFormJoinsTheRosterWithAnIDFromTheirName() throws {
        var state = state(language: .spanish)
        TUI.press([.character("2"), .character("2"), .character("n")], &state)
        #expect(state.keyContext == .form)
        TUI.type("Rosa Hernández", &state)
        TUI.press([.tab, .enter], &state)
        TUI.type("alian", &state)
        TUI.press([.enter], &state)
        TUI.press([.tab], &state)
        TUI.type("mx", &state)
        // Communities: "indígenas" finds Indigenous peoples in the menu, and Enter ticks it.
        TUI.press([.tab, .enter], &state)
        TUI.type("indígenas", &state)
        #expect(TUI.screen(state).contains("Pueblos indígenas"))
        TUI.press([.enter, .escape], &state)
        // Languages: "espagnol" finds Spanish; a language the list lacks is typed and added.
        TUI.press([.tab, .enter], &state)
        TUI.type("espagnol", &state)
        TUI.press([.enter, .control("u")], &state)
        TUI.type("quechua", &state)
        TUI.press([.enter, .escape, .control("s")], &state)
        #expect(state.keyContext == .people)
        let rosa = try #require(roster(state).first { $0.name == "Rosa Hernández" })
        #expect(rosa.id == "rosa-hernandez")
        #expect(rosa.organization == "alianza")
        #expect(rosa.country == "MX")
        #expect(rosa.communities == ["indigenous"])
        #expect(rosa.languages == ["es", "quechua"])
        #expect(TUI.screen(state).contains("Rosa Hernández se sumó a la lista de personas"))
        // The selection is on the new person, and their detail shows.
        #expect(TUI.screen(state).contains("rosa-hernandez"))
    }

    @Test func aSecondPersonOfTheSameNameIsRefusedAndTheSameSlugGetsANumber() {
        var state = state()
        TUI.press([.character("2"), .character("2"), .character("n")], &state)
        TUI.type("jesús martínez saldaña", &state)
        TUI.press([.control("s")], &state)
        #expect(state.keyContext == .form)
        #expect(TUI.screen(state).contains("Someone in the roster has this name already"))
        #expect(Agenda(title: "t", people: [Person(id: "ana-maria", name: "Ana María")]).newPersonID(for: "Ana-María")
            == "ana-maria-2")
    }

    @Test func renamingAPersonKeepsThemOwnerOfTheirGoals() throws {
        var agenda = Fixtures.agenda()
        agenda.goals[0].owners = ["Leadership Committee", "Jesús Martínez Saldaña"]
        var state = state(agenda)
        TUI.press([.character("2"), .character("2"), .enter, .control("u")], &state)
        TUI.type("Jesús Martínez", &state)
        TUI.press([.control("s")], &state)
        let goal = try #require(TUI.agendaScreen(state)?.document.agenda.goal("G-0001"))
        #expect(goal.owners.sorted() == ["Jesús Martínez", "Leadership Committee"])
        #expect(roster(state).first?.name == "Jesús Martínez")
        TUI.press([.character("u")], &state)
        #expect(TUI.agendaScreen(state)?.document.agenda.goal("G-0001")?.owners.sorted() == ["Jesús Martínez Saldaña", "Leadership Committee"])
    }

    @Test func removingSomeoneNamedByGoalsAndSessionsSaysSoAndFreesThem() throws {
        var agenda = Fixtures.agenda()
        agenda.goals[0].owners = ["Jesús Martínez Saldaña"]
        var session = Session(id: "S-1", title: "Asamblea", date: Day("2026-11-20")!)
        session.attendance.people = ["jesus"]
        session.state = .closed
        agenda.sessions = [session]
        var state = state(agenda)
        TUI.press([.character("2"), .character("2"), .character("d")], &state)
        let screen = TUI.screen(state)
        #expect(screen.contains("Remove this person from the roster?"))
        #expect(screen.contains("Owner of 1 goal and present at 1 session (G-0001, S-1)."))
        TUI.press([.character("y")], &state)
        let after = try #require(TUI.agendaScreen(state)?.document.agenda)
        #expect(after.people.isEmpty)
        #expect(after.goal("G-0001")?.owners == [])
        // The closed session keeps who was there, by name.
        #expect(after.session("S-1")?.attendance.named == ["Jesús Martínez Saldaña"])
        #expect(TUI.screen(state).contains("No one is in the roster yet"))
        TUI.press([.character("u")], &state)
        #expect(TUI.agendaScreen(state)?.document.agenda.people.count == 1)
        #expect(TUI.agendaScreen(state)?.document.agenda.goal("G-0001")?.owners == ["Jesús Martínez Saldaña"])
    }
}
