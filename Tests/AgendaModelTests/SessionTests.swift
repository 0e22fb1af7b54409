import AgendaModel
import Foundation
import Testing
import TestSupport

/// Sessions: clocks across pauses and item changes, the speaker queue's order rules, and undo.
@Suite struct SessionTests {
    let start = Fixtures.time

    func at(_ seconds: Double) -> Date { start.addingTimeInterval(seconds) }

    func agenda() throws -> Agenda {
        var agenda = Fixtures.agenda()
        let session = Session(id: "S-0001", title: "Asamblea de la red", date: Day("2026-01-15")!, items: [
            SessionItem(id: "I-1", goal: "G-0001", minutes: 10),
            SessionItem(id: "I-2", topic: "Voto en el exterior", minutes: 5),
        ])
        try agenda.apply(.createSession(session), by: "Facilitadora", at: start)
        return agenda
    }

    func change(_ agenda: inout Agenda, _ change: SessionChange, at seconds: Double) throws {
        try agenda.apply(.changeSession(id: "S-0001", change), by: "Facilitadora", at: at(seconds))
    }

    @Test func clocksAddUpAcrossPausesAndStartTheSessionLive() throws {
        var agenda = try agenda()
        try change(&agenda, .startClock(item: "I-1"), at: 0)
        #expect(agenda.session("S-0001")?.state == .live)
        #expect(agenda.session("S-0001")?.startedAt == at(0))
        try change(&agenda, .pauseClock(item: "I-1"), at: 120)
        try change(&agenda, .startClock(item: "I-1"), at: 300)
        let item = try #require(agenda.session("S-0001")?.items[0])
        #expect(item.clock.elapsed(at: at(400)) == 220)
        #expect(item.clock.isRunning)
        // A paused clock does not move.
        try change(&agenda, .pauseClock(item: "I-1"), at: 400)
        #expect(agenda.session("S-0001")?.items[0].clock.elapsed(at: at(9_999)) == 220)
    }

    @Test func goingToTheNextItemPausesOneClockAndStartsTheOther() throws {
        var agenda = try agenda()
        try change(&agenda, .startClock(item: "I-1"), at: 0)
        try change(&agenda, .goTo(item: "I-2"), at: 700)
        let session = try #require(agenda.session("S-0001"))
        #expect(session.currentItem == "I-2")
        #expect(session.items[0].clock.elapsed(at: at(1_000)) == 700)  // 100 s over its 10 minutes
        #expect(session.items[1].clock.elapsed(at: at(1_000)) == 300)
        #expect(session.elapsed(at: at(1_000)) == 1_000)
        // Going back while paused does not start a clock.
        try change(&agenda, .pauseClock(item: "I-2"), at: 1_000)
        try change(&agenda, .goTo(item: "I-1"), at: 1_100)
        #expect(agenda.session("S-0001")?.items.allSatisfy { !$0.clock.isRunning } == true)
    }

    @Test func pointsOfOrderJumpTheQueue() throws {
        var agenda = try agenda()
        try change(&agenda, .addSpeaker(Speaker(id: "P-1", name: "Ana", addedAt: start)), at: 10)
        try change(&agenda, .addSpeaker(Speaker(id: "P-2", name: "Beto", addedAt: start)), at: 20)
        try change(&agenda, .addSpeaker(Speaker(id: "P-3", name: "Carla", kind: .pointOfOrder, addedAt: start)), at: 30)
        let session = try #require(agenda.session("S-0001"))
        #expect(session.queue(organizations: [:]).map(\.name) == ["Carla", "Ana", "Beto"])
        try change(&agenda, .nextSpeaker, at: 40)
        #expect(agenda.session("S-0001")?.currentSpeaker?.name == "Carla")
        try change(&agenda, .nextSpeaker, at: 100)
        #expect(agenda.session("S-0001")?.currentSpeaker?.name == "Ana")
        let times = try #require(agenda.session("S-0001")).speakingTimes(at: at(130))
        #expect(times.map(\.name) == ["Carla", "Ana"])
        #expect(times.map(\.seconds) == [60, 30])
    }

    @Test func theProgressiveQueuePutsNewVoicesAndUnheardCommunitiesFirst() throws {
        var agenda = try agenda()
        // Ana (Alianza: dominican, afro-latino) speaks; then Ana again, Beto (no organization),
        // Dora (the dioceses: indigenous, not yet heard) and Eva (Alianza: heard) ask to speak.
        try change(&agenda, .addSpeaker(Speaker(id: "P-1", name: "Ana", organization: "alianza", addedAt: start)), at: 1)
        try change(&agenda, .nextSpeaker, at: 2)
        try change(&agenda, .addSpeaker(Speaker(id: "P-2", name: "Ana", organization: "alianza", addedAt: start)), at: 3)
        try change(&agenda, .addSpeaker(Speaker(id: "P-3", name: "Beto", addedAt: start)), at: 4)
        try change(&agenda, .addSpeaker(Speaker(id: "P-4", name: "Eva", organization: "alianza", addedAt: start)), at: 5)
        try change(&agenda, .addSpeaker(Speaker(id: "P-5", name: "Dora", organization: "diocesis", addedAt: start)), at: 6)
        let orgs = Dictionary(agenda.organizations.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let plain = try #require(agenda.session("S-0001")).queue(organizations: orgs).map(\.name)
        #expect(plain == ["Ana", "Beto", "Eva", "Dora"])
        try change(&agenda, .setProgressive(true), at: 7)
        let progressive = try #require(agenda.session("S-0001")).queue(organizations: orgs).map(\.name)
        #expect(progressive == ["Dora", "Beto", "Eva", "Ana"])
    }

    @Test func endingStopsTheClockAndTheSpeakerAndCanBeUndone() throws {
        var agenda = try agenda()
        try change(&agenda, .startClock(item: "I-1"), at: 0)
        try change(&agenda, .addSpeaker(Speaker(id: "P-1", name: "Ana", addedAt: start)), at: 1)
        try change(&agenda, .nextSpeaker, at: 2)
        let live = try #require(agenda.session("S-0001"))
        let undo = try agenda.apply(.changeSession(id: "S-0001", .end), by: "F", at: at(60))
        let closed = try #require(agenda.session("S-0001"))
        #expect(closed.state == .closed && closed.endedAt == at(60))
        #expect(!closed.items[0].clock.isRunning && closed.currentSpeaker == nil)
        try agenda.apply(undo, by: "F", at: at(61))
        #expect(agenda.session("S-0001") == live)
    }

    /// A closed session starts no clock: it is reopened first, on purpose, its clocks paused where they
    /// stopped, and the reopening is undone like any change.
    @Test func aClosedSessionIsReopenedBeforeItsClockRuns() throws {
        var agenda = try agenda()
        try change(&agenda, .startClock(item: "I-1"), at: 0)
        try change(&agenda, .end, at: 10)
        let closed = try #require(agenda.session("S-0001"))
        #expect(throws: EditError.self) { try change(&agenda, .startClock(item: "I-1"), at: 11) }
        #expect(agenda.session("S-0001") == closed)
        let undo = try agenda.apply(.changeSession(id: "S-0001", .reopen), by: "F", at: at(12))
        let reopened = try #require(agenda.session("S-0001"))
        #expect(reopened.state == .live && reopened.endedAt == nil && reopened.startedAt == closed.startedAt)
        #expect(reopened.items == closed.items)
        #expect(reopened.items[0].clock.elapsed(at: at(30)) == 10)
        // Reopening a session that is not closed changes nothing.
        try change(&agenda, .reopen, at: 13)
        #expect(agenda.session("S-0001") == reopened)
        try agenda.apply(undo, by: "F", at: at(14))
        #expect(agenda.session("S-0001") == closed)
    }

    @Test func actionItemsAndDecisionsAndVotesAreRecorded() throws {
        var agenda = try agenda()
        let goal = Goal(id: "G-ACT1", title: "Enviar la carta al Congreso", area: "vote-abroad", owners: ["Comité"],
                        due: Day("2026-02-01"), createdAt: start, origin: GoalOrigin(session: "S-0001", item: "I-2"))
        try agenda.apply([.createGoal(goal), .changeSession(id: "S-0001", .addAction(item: "I-2", goal: "G-ACT1"))],
                         by: "F", at: at(10))
        try change(&agenda, .addDecision(item: "I-2", text: "Apoyar la reforma"), at: 20)
        try change(&agenda, .addVote(item: "I-2", Vote(time: start, question: "¿Apoyar?", inFavor: 12, against: 2, abstentions: 1)),
                   at: 30)
        let item = try #require(agenda.session("S-0001")?.items[1])
        #expect(item.actions == ["G-ACT1"])
        #expect(item.decisions.map(\.text) == ["Apoyar la reforma"])
        #expect(item.votes.first?.carried == true && item.votes.first?.time == at(30))
        #expect(agenda.goal("G-ACT1")?.origin == GoalOrigin(session: "S-0001", item: "I-2"))
        #expect(throws: EditError.noSuchGoal("G-NONE")) {
            try agenda.apply(.changeSession(id: "S-0001", .addAction(item: "I-2", goal: "G-NONE")), by: "F", at: start)
        }
    }

    @Test func planningChangesTheRunOfShow() throws {
        var agenda = try agenda()
        try change(&agenda, .addItem(SessionItem(id: "I-3", goal: "G-0005", minutes: 15), at: 0), at: 0)
        try change(&agenda, .moveItem(item: "I-3", to: 2), at: 0)
        try change(&agenda, .setTimebox(item: "I-1", minutes: 20), at: 0)
        try change(&agenda, .removeItem(item: "I-2"), at: 0)
        let session = try #require(agenda.session("S-0001"))
        #expect(session.items.map(\.id) == ["I-1", "I-3"])
        #expect(session.plannedMinutes == 35)
        #expect(throws: EditError.self) { try change(&agenda, .setTimebox(item: "I-1", minutes: 0), at: 0) }
        #expect(throws: EditError.noSuchItem("I-9")) { try change(&agenda, .startClock(item: "I-9"), at: 0) }
        #expect(throws: EditError.self) {
            try change(&agenda, .addItem(SessionItem(id: "I-4", topic: " ", minutes: 5), at: nil), at: 0)
        }
    }
}
