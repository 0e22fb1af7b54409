@testable import AgendaLocalization
import AgendaModel
@testable import AgendaTUI
import Foundation
import Testing
import TerminalWidgets
import TestSupport

/// Planning and running a session through the reducer, with the clock injected.
@Suite struct SessionReducerTests {
    func state(_ agenda: Agenda = SessionFixtures.agenda(), width: Int = 100, height: Int = 30) -> AppState {
        var state = TUI.state(agenda, width: width, height: height, path: "/tmp/agenda.json")
        state.who = "Facilitadora"
        state.now = Fixtures.time
        return state
    }

    func session(_ state: AppState, _ id: String = "S-0001") -> Session? {
        TUI.agendaScreen(state)?.document.agenda.session(id)
    }

    /// Moves the clock on, as the loop's ticks do.
    func wait(_ minutes: Double, _ state: inout AppState) {
        _ = Reducer.reduce(&state, .tick(now: state.now.addingTimeInterval(minutes * 60)))
    }

    @Test func aSessionIsPlannedFromTheSessionsView() throws {
        var state = state(Fixtures.agenda())
        TUI.press([.character("3")], &state)
        #expect(state.keyContext == .sessions)
        #expect(TUI.screen(state).contains("No sessions yet: n plans one."))
        TUI.press([.character("n")], &state)
        TUI.type("Asamblea en Zacatecas", &state)
        TUI.press([.enter], &state)
        #expect(state.keyContext == .plan)
        let created = try #require(TUI.agendaScreen(state)?.document.agenda.sessions.first)
        #expect(created.title == "Asamblea en Zacatecas" && created.date == TUI.today && created.facilitator == "Facilitadora")
        // A goal from a searchable list, then a free topic.
        TUI.press([.character("a")], &state)
        TUI.type("michoacan", &state)
        TUI.press([.enter], &state)
        TUI.press([.character("A")], &state)
        TUI.type("Informe de tesorería", &state)
        TUI.press([.enter], &state)
        var plan = try #require(session(state, created.id))
        #expect(plan.items.map(\.goal) == ["G-0005", nil])
        #expect(plan.items.map(\.topic) == [nil, "Informe de tesorería"])
        // Timeboxes and order.
        TUI.press([.character("+"), .character("+"), .character("K")], &state)
        plan = try #require(session(state, created.id))
        #expect(plan.items.map(\.topic) == ["Informe de tesorería", nil])
        #expect(plan.items[0].minutes == 20)
        #expect(TUI.screen(state).contains("Total: 30\u{A0}min"))
        // Attendance, from the agenda's organizations and people.
        TUI.press([.character("w")], &state)
        TUI.type("diócesis", &state)
        TUI.press([.enter, .escape], &state)
        #expect(session(state, created.id)?.attendance.organizations == ["diocesis"])
        TUI.press([.character("u")], &state)
        #expect(session(state, created.id)?.attendance.organizations == [])
    }

    @Test func theClockRunsAcrossPausesAndSaysWhenItIsOver() throws {
        var state = state()
        TUI.press([.character("3"), .character("L")], &state)
        #expect(state.keyContext == .live)
        #expect(TUI.screen(state).contains("not started"))
        TUI.press([.character(" ")], &state)
        #expect(session(state)?.state == .live)
        wait(4, &state)
        TUI.press([.character(" ")], &state)  // pause
        wait(30, &state)  // a long pause does not count
        #expect(TUI.screen(state).contains("4:00 / 10:00  6:00 left"))
        TUI.press([.character(" ")], &state)
        wait(8.5, &state)
        let text = TUI.screen(state)
        #expect(text.contains("12:30 / 10:00  +2:30 over"), "\(text)")
        #expect(text.contains("Meeting 12\u{A0}min 30\u{A0}s of 35\u{A0}min"))
    }

    @Test func itemsChangeWithBracketsAndTheRunningClockFollows() throws {
        var state = state()
        TUI.press([.character("3"), .character("L"), .character(" ")], &state)
        wait(3, &state)
        TUI.press([.character("]")], &state)
        wait(2, &state)
        var current = try #require(session(state))
        #expect(current.currentItem == "I-2")
        #expect(current.items[0].clock.elapsed(at: state.now) == 180)
        #expect(current.items[1].clock.elapsed(at: state.now) == 120)
        TUI.press([.character("["), .character("[")], &state)
        current = try #require(session(state))
        #expect(current.currentItem == "I-1")
        #expect(current.items.filter { $0.clock.isRunning }.map(\.id) == ["I-1"])
    }

    @Test func speakersJoinByNameAndPointsOfOrderJumpTheQueue() throws {
        var state = state()
        TUI.press([.character("3"), .character("L")], &state)
        TUI.press([.character("a")], &state)
        TUI.type("Ana", &state)
        TUI.press([.enter, .enter, .escape], &state)  // a new point, a guest with no organization
        TUI.press([.character("a")], &state)
        TUI.type("luc", &state)
        guard case .prompt(let prompt)? = state.overlay else { Issue.record("no prompt"); return }
        #expect(prompt.suggestions == ["Lucía Hernández"])
        TUI.press([.tab, .enter], &state)
        TUI.press([.down, .down, .down, .enter], &state)  // point of order
        let waiting = try #require(session(state))
        #expect(waiting.speakers.map(\.name) == ["Ana", "Lucía Hernández"])
        #expect(waiting.speakers[1].organization == "diocesis" && waiting.speakers[1].kind == .pointOfOrder)
        TUI.press([.character("x")], &state)
        #expect(session(state)?.currentSpeaker?.name == "Lucía Hernández")
        wait(1.5, &state)
        #expect(TUI.screen(state).contains("🎤 Lucía Hernández (Diócesis…) · point of order"), "\(TUI.screen(state))")
        TUI.press([.character("x")], &state)
        #expect(session(state)?.currentSpeaker?.name == "Ana")
        TUI.press([.character("O")], &state)
        #expect(session(state)?.progressive == true)
        #expect(state.message == "Progressive queue: new voices and unheard communities first.")
    }

    @Test func decisionsActionItemsVotesAndNotesAreRecorded() throws {
        var state = state()
        TUI.press([.character("3"), .character("L"), .character(" ")], &state)
        TUI.press([.character("d")], &state)
        TUI.type("Apoyar la reforma", &state)
        TUI.press([.enter], &state)
        TUI.press([.character("t")], &state)
        #expect(state.keyContext == .form)
        TUI.type("Carta al Congreso", &state)
        TUI.press([.tab, .enter], &state)
        TUI.type("Comité Legislativo", &state)
        TUI.press([.enter, .escape, .tab], &state)
        TUI.type("2026-02-15", &state)
        TUI.press([.control("s")], &state)
        TUI.press([.character("v")], &state)
        TUI.type("¿Aprobamos?", &state)
        TUI.press([.tab, .tab, .control("u")], &state)
        TUI.type("12", &state)
        TUI.press([.control("s")], &state)
        TUI.press([.character("o")], &state)
        TUI.type("Primera línea", &state)
        TUI.press([.enter], &state)
        TUI.type("segunda", &state)
        TUI.press([.control("s")], &state)
        let item = try #require(session(state)?.items[0])
        #expect(item.decisions.map(\.text) == ["Apoyar la reforma"])
        #expect(item.votes.first?.inFavor == 12 && item.votes.first?.question == "¿Aprobamos?")
        #expect(item.notes == "Primera línea\nsegunda")
        let actionID = try #require(item.actions.first)
        let goal = try #require(TUI.agendaScreen(state)?.document.agenda.goal(actionID))
        #expect(goal.title == "Carta al Congreso" && goal.owners == ["Comité Legislativo"] && goal.due == Day("2026-02-15"))
        #expect(goal.parent == "G-0001" && goal.origin == GoalOrigin(session: "S-0001", item: "I-1"))
        #expect(TUI.screen(state).contains(actionID + " Carta al Congreso (Comité Legislativo)"))
    }

    @Test func endingClosesTheSessionAndWritesTheMinutes() throws {
        var state = state()
        TUI.press([.character("3"), .character("L"), .character(" ")], &state)
        wait(5, &state)
        TUI.press([.character("E")], &state)
        #expect(state.keyContext == .confirm)
        let effects = TUI.press([.character("y")], &state)
        let closed = try #require(session(state))
        // The minutes come from the agenda as the screen has it, the session closed.
        #expect(effects.contains(.writeMinutes(path: "/tmp/agenda.json", session: "S-0001", language: .english,
                                               agenda: try #require(TUI.agendaScreen(state)).document.agenda)))
        #expect(closed.state == .closed && closed.endedAt == state.now)
        #expect(state.keyContext == .sessions)
        _ = Reducer.reduce(&state, .minutesWritten(.success("/tmp/minutes/2026-01-15-S-0001.md")))
        #expect(state.message == "Minutes written to /tmp/minutes/2026-01-15-S-0001.md")
    }

    @Test func reopeningResumesTheLiveSessionWithItsClocks() throws {
        var state = AppState(size: Size(width: 100, height: 30), language: .english, today: TUI.today, hasColor: false,
                             screen: .loading(path: "/tmp/agenda.json"), who: "F", now: SessionFixtures.time(20))
        state.openSession = "S-0001"
        _ = Reducer.reduce(&state, .loaded(path: "/tmp/agenda.json", .success(SessionFixtures.runAgenda())))
        #expect(state.keyContext == .live)
        let text = TUI.screen(state)
        #expect(text.contains("▶ 2/3 Vote from abroad in Michoacán (G-0005)"))
        #expect(text.contains("8:00 / 20:00  12:00 left"))
        #expect(text.contains("Meeting 20\u{A0}min of 35\u{A0}min"))
        #expect(text.contains("1. Ana · point of order"))
    }

    @Test func thePresenterScreenShowsLargeDigitsAndTheOverrun() throws {
        var state = state()
        TUI.press([.character("3"), .character("L"), .character(" ")], &state)
        wait(12.25, &state)
        TUI.press([.character("P")], &state)
        #expect(state.keyContext == .presenter)
        let text = TUI.screen(state)
        #expect(text.contains("+2:15 over"))
        #expect(text.contains("██"))
        TUI.press([.escape], &state)
        #expect(state.keyContext == .live)
    }

    /// Asks for the floor in live mode: a name (Tab completes it from the agenda's people), a new point,
    /// and for a guest the organization typed into the menu's search, or Escape for none.
    func ask(_ name: String, complete: Bool = false, organization: String? = nil, orderPoint: Bool = false,
             _ state: inout AppState) {
        TUI.press([.character("a")], &state)
        TUI.type(name, &state)
        if complete { TUI.press([.tab], &state) }
        TUI.press([.enter], &state)
        if orderPoint { TUI.press([.down, .down, .down], &state) }
        TUI.press([.enter], &state)
        guard case .menu(let menu)? = state.overlay, case .live(.speakerOrganization) = menu.purpose else { return }
        if let organization {
            TUI.type(organization, &state)
            TUI.press([.enter], &state)
        } else {
            TUI.press([.escape], &state)
        }
    }

    @Test func theProgressiveQueueGivesTheFloorToNewVoicesAndUnheardCommunitiesFirst() throws {
        var state = state()
        TUI.press([.character("3"), .character("L"), .character(" "), .character("O")], &state)
        #expect(session(state)?.progressive == true)
        // Rosa, a guest for Alianza (Dominican and Afro-Latino communities), speaks first.
        ask("Rosa", organization: "alianza", &state)
        TUI.press([.character("x")], &state)
        #expect(session(state)?.currentSpeaker?.name == "Rosa")
        wait(2, &state)
        // Then ask, in this order: Rosa again (now in the roster with her organization), Jesús (no
        // organization), Pedro (a guest with none), Lucía (Diócesis: an indigenous community not heard yet).
        TUI.press([.character("a")], &state)
        TUI.type("Rosa", &state)
        TUI.press([.enter, .enter], &state)
        ask("jes", complete: true, &state)
        ask("Pedro", &state)
        ask("lucía", complete: true, &state)
        let asked = try #require(session(state))
        #expect(asked.speakers.map(\.name) == ["Rosa", "Rosa", "Jesús Martínez Saldaña", "Pedro", "Lucía Hernández"])
        #expect(asked.speakers.map(\.organization) == ["alianza", "alianza", nil, nil, "diocesis"])
        // New voices first, an unheard community before them all; Rosa, who spoke, last.
        var text = TUI.screen(state)
        #expect(text.contains("Speakers (progressive)"), "\(text)")
        for (number, who) in ["Lucía Hernández (Diócesis católicas)", "Jesús Martínez Saldaña", "Pedro", "Rosa (Alianza)"].enumerated() {
            #expect(text.contains("\(number + 1). " + who), "\(text)")
        }
        // In the order they asked when the option is off.
        TUI.press([.character("O")], &state)
        text = TUI.screen(state)
        #expect(text.contains("1. Rosa (Alianza)") && text.contains("4. Lucía Hernández (Diócesis católicas)"), "\(text)")
        TUI.press([.character("O")], &state)
        // A point of order still jumps the queue; then the floor goes in the progressive order.
        ask("Ana", orderPoint: true, &state)
        var floor: [String] = []
        for _ in 0..<5 {
            TUI.press([.character("x")], &state)
            // Jesús and Lucía, in the roster but not marked present, are offered to be marked.
            if case .confirm? = state.overlay { TUI.press([.character("n")], &state) }
            floor.append(session(state)?.currentSpeaker?.name ?? "-")
            wait(1, &state)
        }
        #expect(floor == ["Ana", "Lucía Hernández", "Jesús Martínez Saldaña", "Pedro", "Rosa"])
        TUI.press([.character("x")], &state)
        #expect(session(state)?.currentSpeaker == nil)
        #expect(session(state)?.speakers.allSatisfy { $0.endedAt != nil } == true)
    }

    @Test func theCurrentItemShowsItsPresenterAndItsGoalsStatusProgressOwnersAndDueDate() throws {
        var state = state()
        TUI.press([.character("3"), .character("L")], &state)
        var text = TUI.screen(state)
        #expect(text.contains("Presenter: Leadership Committee · ● active · 40% · Owners: Leadership Committee · Due: Jun…"),
                "\(text)")
        // What does not fit is cut short at a narrower width; the presenter comes first.
        _ = Reducer.reduce(&state, .input(.resize(width: 70, height: 30)))
        #expect(TUI.screen(state).contains("Presenter: Leadership Committee · ● active · 40% · Owners: L…"))
        // Where rows are few the line stays for an item with a presenter, and goes for one without.
        _ = Reducer.reduce(&state, .input(.resize(width: 100, height: 15)))
        #expect(TUI.screen(state).contains("Presenter: Leadership Committee"))
        TUI.press([.character("]")], &state)
        #expect(!TUI.screen(state).contains("Owners:"))
        _ = Reducer.reduce(&state, .input(.resize(width: 100, height: 30)))
        text = TUI.screen(state)
        #expect(text.contains("○ proposed · 0% · Owners: Comité de Organización"), "\(text)")
    }
}
