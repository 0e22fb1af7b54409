import AgendaModel
import Foundation

/// Deterministic agendas of any size for benchmarks and scale tests: the same seed and size give the
/// same agenda, with goals of about 1.5 KB each (a description, owners, organizations, a note, history).
public enum AgendaGenerator {
    static let words = [
        "migrant", "leadership", "alliance", "reform", "vote", "abroad", "Michoacán", "Zacatecas", "Jalisco",
        "Morelos", "federation", "community", "dialogue", "policy", "binational", "transnational", "indigenous",
        "Afro-Latino", "rights", "training", "school", "congress", "legislature", "municipal", "state", "network",
        "organization", "infrastructure", "funding", "diócesis", "participación", "política", "comunidad", "São Paulo",
        "Québec", "advocacy", "workshop", "report", "census", "outreach",
    ]

    /// An agenda with `goals` goals over ten areas and fifty organizations; a third are sub-goals.
    public static func agenda(goals count: Int, seed: UInt64 = 1) -> Agenda {
        var random = SeededRandom(seed: seed)
        func pick<T>(_ list: [T]) -> T { list[Int(random.next(upperBound: UInt64(list.count)))] }
        func sentence(_ length: Int) -> String { (0..<length).map { _ in pick(words) }.joined(separator: " ") }
        let areas = (0..<10).map { Area(id: "area-\($0)", name: "Area \($0): " + sentence(2)) }
        let countries = ["MX", "US", "DO", "GT", "SV", "HN", "CO", "BR", "CA", "EC"]
        let organizations = (0..<50).map { index in
            Organization(
                id: "org-\(index)", name: "Organización \(index) " + sentence(2), country: pick(countries),
                city: "Ciudad \(index)", kind: pick(OrganizationKind.known),
                communities: [pick(["afro-latino", "indigenous", "women", "youth", "farmworkers"])])
        }
        let base = 1_700_000_000.0
        var ids: Set<String> = []
        var generator = GoalIDGenerator(random: SeededRandom(seed: seed &+ 1))
        var goals: [Goal] = []
        goals.reserveCapacity(count)
        for index in 0..<count {
            let id = generator.next(avoiding: ids)
            ids.insert(id)
            let created = Date(timeIntervalSince1970: base + Double(index) * 600)
            let parent: Goal? = index % 3 == 2 ? goals[Int(random.next(upperBound: UInt64(goals.count)))] : nil
            let status = pick(GoalStatus.known)
            let progress = status == .achieved ? 100 : Int(random.next(upperBound: UInt64(10))) * 10
            let title = sentence(6)
            let owners = ["Comité \(pick(["de Organización", "Legislativo", "de Alianzas", "de Liderazgo"]))"]
            let later = created.addingTimeInterval(86_400 * 30)
            goals.append(Goal(
                id: id, title: title.prefix(1).uppercased() + title.dropFirst(),
                area: parent?.area ?? areas[index % areas.count].id,
                description: sentence(45), owners: owners,
                organizations: [organizations[index % 50].id, organizations[(index * 7 + 3) % 50].id],
                status: status, progress: progress, priority: pick(Priority.known),
                due: index % 4 == 0 ? nil : Day(daysSinceEpoch: 19_500 + Int(random.next(upperBound: UInt64(1_500)))),
                parent: parent?.id, countries: [pick(countries)], level: pick(GovernmentLevel.known),
                tags: [pick(words).lowercased()],
                notes: [Note(author: owners[0], time: later, text: sentence(20))],
                history: [
                    Change(time: created, by: owners[0], field: "created", to: title),
                    Change(time: later, by: owners[0], field: "status", from: "proposed", to: status.rawValue),
                    Change(time: later, by: owners[0], field: "notes", to: "Seguimiento"),
                ],
                createdAt: created, updatedAt: later, source: "Generated"))
        }
        return Agenda(
            title: "Generated agenda of \(count) goals", description: "For benchmarks.", areas: areas,
            organizations: organizations, goals: goals)
    }
}
