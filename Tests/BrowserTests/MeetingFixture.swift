import AgendaModel
import Foundation

/// What the browser test adds to an agenda: a meeting held from start to end, goals whose titles a
/// spreadsheet would run as formulas, and a note that holds an email address and a phone number.
enum MeetingFixture {
    static let email = "lucia.hernandez@example.org"
    static let phone = "+52 443 123 4567"
    static let noteAuthor = "Rosa Villanueva"
    static let start = Timestamp.parse("2026-11-20T15:00:00Z")!

    /// Holds session `S-TEST` on two goals and a free topic: attendance, speakers (a point of order,
    /// the progressive stack), a decision, a vote, a consensus check and an action item, then its end.
    static func hold(on agenda: inout Agenda, goals: [String]) throws {
        func at(_ minutes: Double) -> Date { start.addingTimeInterval(minutes * 60) }
        let organizations = Array(agenda.organizations.prefix(3).map(\.id))
        let session = Session(id: "S-TEST", title: "Asamblea hemisférica de seguimiento", date: Day(start), place: "Morelia, Michoacán",
                              facilitator: "Comité de Organización", languages: ["es", "en"],
                              attendance: Attendance(people: Array(agenda.people.prefix(2).map(\.id)), organizations: organizations,
                                                     named: ["María Gómez"]),
                              items: [SessionItem(id: "I-1", goal: goals[0], minutes: 20, presenter: "Comité de Liderazgo"),
                                      SessionItem(id: "I-2", goal: goals[1], minutes: 15),
                                      SessionItem(id: "I-3", topic: "Informe de tesorería y presupuesto del año próximo", minutes: 10)])
        try agenda.apply(.createSession(session), by: "Comité de Organización", at: at(-60))
        func change(_ change: SessionChange, _ minutes: Double) throws {
            try agenda.apply(.changeSession(id: "S-TEST", change), by: "Comité de Organización", at: at(minutes))
        }
        try change(.setProgressive(true), 0)
        try change(.startClock(item: "I-1"), 0)
        try change(.addSpeaker(Speaker(id: "P-1", name: "Jesús Martínez Saldaña", organization: organizations.first, addedAt: at(0))), 1)
        try change(.addSpeaker(Speaker(id: "P-2", name: "Lucía Hernández", organization: organizations.last, addedAt: at(0))), 2)
        try change(.nextSpeaker, 3)
        try change(.addSpeaker(Speaker(id: "P-3", name: "Jesús Martínez Saldaña", organization: organizations.first, addedAt: at(0))), 4)
        try change(.addSpeaker(Speaker(id: "P-5", name: "Pedro Ruiz", organization: organizations[1], addedAt: at(0))), 4.5)
        try change(.addSpeaker(Speaker(id: "P-4", name: "Ana Robles", kind: .pointOfOrder, addedAt: at(0))), 5)
        try change(.nextSpeaker, 6)
        try change(.nextSpeaker, 7)
        try change(.nextSpeaker, 9)
        try change(.nextSpeaker, 11)
        try change(.nextSpeaker, 12)
        try change(.addDecision(item: "I-1", text: "Abrir la escuela de liderazgo a jóvenes organizadoras y organizadores del Caribe"), 12.5)
        try change(.addVote(item: "I-1", Vote(time: at(13), question: "¿Aprobar el presupuesto de la escuela para 2027?",
                                              inFavor: 14, against: 3, abstentions: 2)), 13)
        try change(.goTo(item: "I-2"), 20)
        try change(.addVote(item: "I-2", Vote(time: at(24), question: "¿Enviamos la carta al Congreso?", consensus: true)), 24)
        let action = Goal(id: "G-ACT9", title: "Enviar la carta al Congreso de Michoacán antes del periodo de sesiones",
                          area: agenda.goal(goals[1])!.area, owners: ["Comité Legislativo"], status: .active, due: Day("2027-01-15"),
                          parent: goals[1], createdAt: at(26), origin: GoalOrigin(session: "S-TEST", item: "I-2"))
        try agenda.apply([.createGoal(action), .changeSession(id: "S-TEST", .addAction(item: "I-2", goal: "G-ACT9"))],
                         by: "Comité de Organización", at: at(26))
        try change(.goTo(item: "I-3"), 35)
        try change(.end, 43)
    }

    /// Two goals whose titles a spreadsheet would run as formulas, in the first area.
    static func addFormulaGoals(_ titles: [String], to agenda: inout Agenda) throws {
        for (index, title) in titles.enumerated() {
            let goal = Goal(id: "G-FRM\(index)", title: title, area: agenda.areas[0].id, owners: ["Organization Committee"],
                            createdAt: start)
            try agenda.apply(.createGoal(goal), by: "Organization Committee", at: start)
        }
    }

    /// A note by someone who owns no goal, holding an email address and a phone number.
    static func addContactNote(to agenda: inout Agenda) throws {
        try agenda.apply(.addNote(goal: agenda.goals[0].id, text: "Escribir a \(email) o llamar al \(phone) antes del viernes."),
                         by: noteAuthor, at: start.addingTimeInterval(3_600))
    }
}
