import AgendaModel
import Foundation

/// A session on the fixture agenda, at several moments of its meeting.
public enum SessionFixtures {
    /// The fixture agenda with a planned session `S-0001`: two goals and a free topic, 35 minutes.
    public static func agenda() -> Agenda {
        var agenda = Fixtures.agenda()
        agenda.people.append(Person(id: "lucia", name: "Lucía Hernández", organization: "diocesis", country: "MX",
                                    communities: ["indigenous"], languages: ["es"]))
        let session = Session(id: "S-0001", title: "Asamblea de Morelia", date: Day("2026-01-15")!, place: "Morelia",
                              facilitator: "Comité de Organización", languages: ["es", "en"],
                              attendance: Attendance(people: ["jesus", "lucia"], organizations: ["alianza", "diocesis"]),
                              items: [
                                  SessionItem(id: "I-1", goal: "G-0001", minutes: 10, presenter: "Leadership Committee"),
                                  SessionItem(id: "I-2", goal: "G-0005", minutes: 20),
                                  SessionItem(id: "I-3", topic: "Informe de tesorería", minutes: 5),
                              ])
        try! agenda.apply(.createSession(session), by: "Fixture", at: Fixtures.time)
        return agenda
    }

    /// The same session run: item 1 took 12 minutes with a decision and a vote, Jesús spoke 3 minutes
    /// and Lucía 2; item 2 is running since 4 minutes with an action item.
    public static func runAgenda() -> Agenda {
        var agenda = agenda()
        func at(_ minutes: Double) -> Date { Fixtures.time.addingTimeInterval(minutes * 60) }
        func change(_ change: SessionChange, _ minutes: Double) {
            try! agenda.apply(.changeSession(id: "S-0001", change), by: "Facilitadora", at: at(minutes))
        }
        change(.startClock(item: "I-1"), 0)
        change(.addSpeaker(Speaker(id: "P-1", name: "Jesús Martínez Saldaña", organization: "alianza", language: "es",
                                   addedAt: at(0))), 1)
        change(.addSpeaker(Speaker(id: "P-2", name: "Lucía Hernández", organization: "diocesis", addedAt: at(0))), 2)
        change(.nextSpeaker, 3)
        change(.nextSpeaker, 6)
        change(.nextSpeaker, 8)
        change(.addDecision(item: "I-1", text: "Abrir la escuela a jóvenes organizadoras"), 9)
        change(.addVote(item: "I-1", Vote(time: at(10), question: "¿Aprobar el presupuesto?", inFavor: 14, against: 3,
                                          abstentions: 2)), 10)
        change(.goTo(item: "I-2"), 12)
        let action = Goal(id: "G-ACT1", title: "Enviar la carta al Congreso de Michoacán", area: "vote-abroad",
                          owners: ["Comité Legislativo"], status: .active, due: Day("2026-02-15"), parent: "G-0005",
                          createdAt: at(14), origin: GoalOrigin(session: "S-0001", item: "I-2"))
        try! agenda.apply([.createGoal(action), .changeSession(id: "S-0001", .addAction(item: "I-2", goal: "G-ACT1"))],
                          by: "Facilitadora", at: at(14))
        change(.addSpeaker(Speaker(id: "P-3", name: "Ana", kind: .pointOfOrder, addedAt: at(15))), 15)
        return agenda
    }

    /// Minutes after the session's start: the run agenda is read at `start + minutes`.
    public static func time(_ minutes: Double) -> Date {
        Fixtures.time.addingTimeInterval(minutes * 60)
    }
}
