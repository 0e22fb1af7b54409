import AgendaModel
import Foundation
import Testing
import TestSupport

/// Activity: undos named as such, the net change of each field since a day, and what sessions recorded.
@Suite struct ActivityTests {
    func at(_ minutes: Double) -> Date { Fixtures.time.addingTimeInterval(minutes * 60) }

    /// The fixture agenda with G-0004's status set, undone and redone, as the full-screen program's
    /// `u` and `Ctrl-R` record them.
    func undoneAndRedone() throws -> Agenda {
        var agenda = Fixtures.agenda()
        let undo = try agenda.apply(.setGoal(id: "G-0004", .status(.achieved)), by: "Ana", at: at(1))
        let redo = try agenda.apply(undo, by: "Ana", at: at(2))
        _ = try agenda.apply(redo, by: "Ana", at: at(3))
        return agenda
    }

    @Test func anUndoAndARedoNameTheChangeTheyAreAbout() throws {
        let agenda = try undoneAndRedone()
        let history = try #require(agenda.goal("G-0004")).history
        #expect(history.map(\.field) == ["created", "status", "status", "status"])
        #expect(HistoryUndos(history).roles == [2: .undo(of: 1), 3: .redo(of: 1)])
        let entries = Activity(agenda, filter: Activity.Filter(kinds: [.change])).entries.filter { $0.goal == "G-0004" }
        let original = history[1]
        #expect(entries.map(\.event) == [.redo(history[3], redoing: original), .undo(history[2], undoing: original),
                                         .change(original), .change(history[0])])
    }

    @Test func aReversalBySomeoneElseOrMuchLaterIsAChangeOfItsOwn() {
        func change(_ minutes: Double, _ by: String, _ from: String, _ to: String) -> Change {
            Change(time: at(minutes), by: by, field: "status", from: from, to: to)
        }
        #expect(HistoryUndos([change(0, "Ana", "proposed", "blocked"), change(1, "Luis", "blocked", "proposed")]).roles.isEmpty)
        #expect(HistoryUndos([change(0, "Ana", "proposed", "blocked"), change(90, "Ana", "blocked", "proposed")]).roles.isEmpty)
        // Two undos in a row undo the two changes in turn, and two redos make them again.
        let owners = [
            Change(time: at(0), by: "Ana", field: "owners", to: "A"), Change(time: at(1), by: "Ana", field: "owners", to: "B"),
            Change(time: at(2), by: "Ana", field: "owners", from: "B"), Change(time: at(3), by: "Ana", field: "owners", from: "A"),
            Change(time: at(4), by: "Ana", field: "owners", to: "A"), Change(time: at(5), by: "Ana", field: "owners", to: "B"),
        ]
        #expect(HistoryUndos(owners).roles == [2: .undo(of: 1), 3: .undo(of: 0), 4: .redo(of: 0), 5: .redo(of: 1)])
    }

    @Test func theNetChangeOfAFieldIsFromItsFirstValueToItsLast() throws {
        var agenda = try undoneAndRedone()
        try agenda.apply(.setGoal(id: "G-0002", .progress(30)), by: "Ana", at: at(4))
        try agenda.apply(.setGoal(id: "G-0002", .progress(60)), by: "Luis", at: at(5))
        try agenda.apply(.linkOrganization(goal: "G-0002", organization: "alianza"), by: "Luis", at: at(6))
        try agenda.apply(.linkOrganization(goal: "G-0002", organization: "diocesis"), by: "Luis", at: at(7))
        try agenda.apply(.unlinkOrganization(goal: "G-0002", organization: "alianza"), by: "Ana", at: at(8))
        let net = NetChange.changes(agenda, filter: Activity.Filter(since: Day("2026-01-15"))).filter { $0.field != "created" }
        // G-0004: blocked → achieved, undone and redone, is one change; G-0002's progress came back to 60: none.
        #expect(net.map { "\($0.goal) \($0.field)" } == ["G-0002 organizations", "G-0004 status"])
        #expect(net[0].added == ["diocesis"] && net[0].removed.isEmpty && net[0].people == ["Luis", "Ana"])
        #expect(net[1].from == "blocked" && net[1].to == "achieved" && net[1].time == at(3))
    }

    @Test func whatASessionRecordedIsInActivity() throws {
        var agenda = SessionFixtures.runAgenda()
        try agenda.apply(.changeSession(id: "S-0001", .end), by: "Facilitadora", at: SessionFixtures.time(20))
        let entries = Activity(agenda, filter: Activity.Filter()).entries.filter { $0.session == "S-0001" }
        #expect(entries.map(\.kind) == [.session, .action, .vote, .decision, .session, .session, .session])
        #expect(entries.first?.event == .ended(plannedMinutes: 35, seconds: 20 * 60))
        #expect(entries.first?.by == "Comité de Organización")
        let decision = try #require(entries.first { $0.kind == .decision })
        #expect(decision.goal == "G-0001" && decision.time == SessionFixtures.time(9))
        guard case .decision(let item, let text) = decision.event else { throw Failure.unexpected }
        #expect(item == "I-1" && text.text == "Abrir la escuela a jóvenes organizadoras")
        let action = try #require(entries.first { $0.kind == .action })
        #expect(action.goal == "G-ACT1" && action.event == .action(item: "I-2"))
        // The action item is not listed again as a goal created.
        #expect(!Activity(agenda, filter: Activity.Filter()).entries.contains { $0.goal == "G-ACT1" && $0.kind == .change })
        // Filtered by kind; by area, an item's decisions follow its goal.
        #expect(Activity(agenda, filter: Activity.Filter(kinds: [.decision, .vote])).entries.map(\.kind) == [.vote, .decision])
        #expect(Activity(agenda, filter: Activity.Filter(area: "vote-abroad", kinds: [.decision])).entries.isEmpty)
        #expect(Activity.people(agenda).contains("Comité de Organización"))
    }

    enum Failure: Error { case unexpected }
}
