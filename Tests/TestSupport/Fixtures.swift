import AgendaModel
import Foundation

/// Small agendas built in code for tests, with fixed times.
public enum Fixtures {
    /// A fixed instant: 2026-01-15T12:00:00Z.
    public static let time = Date(timeIntervalSince1970: 1_768_478_400)

    /// An agenda with two areas, three organizations and a small tree of goals:
    /// G-0001 (leadership) > G-0002 > G-0003, G-0004 (leadership), G-0005 (vote-abroad, Michoacán).
    public static func agenda() -> Agenda {
        let areas = [
            Area(id: "leadership", name: "Leadership", description: "Educate leaders."),
            Area(id: "vote-abroad", name: "Voting rights abroad"),
        ]
        let orgs = [
            Organization(id: "alianza", name: "Alianza", country: "US", city: "New York", kind: .ngo,
                         communities: ["dominican", "afro-latino"]),
            Organization(id: "michoacan-congress", name: "Congreso de Michoacán", country: "MX", city: "Morelia",
                         kind: .legislature),
            Organization(id: "diocesis", name: "Diócesis católicas", country: "MX", kind: .faithBased,
                         communities: ["indigenous"]),
        ]
        func goal(_ id: String, _ title: String, _ area: String, parent: String? = nil, status: GoalStatus = .active,
                  progress: Int = 0, due: Day? = nil, owners: [String] = [], orgs: [String] = []) -> Goal {
            Goal(id: id, title: title, area: area, owners: owners, organizations: orgs, status: status,
                 progress: progress, due: due, parent: parent,
                 history: [Change(time: time, by: "Fixture", field: "created", to: title)], createdAt: time)
        }
        let goals = [
            goal("G-0001", "Train migrant leaders", "leadership", progress: 40, due: Day("2026-06-30"),
                 owners: ["Leadership Committee"], orgs: ["alianza"]),
            goal("G-0002", "Run a leadership school", "leadership", parent: "G-0001", progress: 60,
                 owners: ["Leadership Committee"]),
            goal("G-0003", "Pilot cohort", "leadership", parent: "G-0002", status: .achieved, progress: 100),
            goal("G-0004", "Fund the school", "leadership", status: .blocked, progress: 10, due: Day("2025-12-31"),
                 owners: ["Finance Committee"]),
            goal("G-0005", "Vote from abroad in Michoacán", "vote-abroad", status: .proposed, progress: 0,
                 owners: ["Comité de Organización"], orgs: ["michoacan-congress"]),
        ]
        return Agenda(
            title: "Test agenda", description: "For tests.", areas: areas, organizations: orgs,
            people: [Person(id: "jesus", name: "Jesús Martínez Saldaña", country: "MX", languages: ["es", "en"])],
            goals: goals)
    }
}
