import Foundation

/// Every change since a day, newest first, from the goals' history: who changed what, from what, to what.
public struct Activity: Sendable {
    /// One change of one goal.
    public struct Entry: Equatable, Sendable {
        public var goal: String
        public var title: String
        public var area: String
        public var change: Change
    }

    /// Which changes to show.
    public struct Filter: Equatable, Sendable {
        public var since: Day?
        /// Part of the name of who made the change, case and accents ignored.
        public var person: String?
        /// Changes to goals linked to this organization.
        public var organization: String?
        public var area: String?

        public init(since: Day? = nil, person: String? = nil, organization: String? = nil, area: String? = nil) {
            self.since = since
            self.person = person
            self.organization = organization
            self.area = area
        }
    }

    public let entries: [Entry]

    public init(_ agenda: Agenda, filter: Filter) {
        let since = filter.since.map { Date(timeIntervalSince1970: Double($0.daysSinceEpoch) * 86_400) }
        let person = filter.person.map { FoldedNeedle($0) }
        var entries: [Entry] = []
        for goal in agenda.goals {
            if let area = filter.area, goal.area != area { continue }
            if let org = filter.organization, !goal.organizations.contains(org) { continue }
            for change in goal.history {
                if let since, change.time < since { continue }
                if let person, !person.isFound(in: change.by) { continue }
                entries.append(Entry(goal: goal.id, title: goal.title, area: goal.area, change: change))
            }
        }
        self.entries = entries.enumerated().sorted { a, b in
            a.element.change.time != b.element.change.time ? a.element.change.time > b.element.change.time : a.offset > b.offset
        }.map(\.element)
    }

    /// Everyone who made a change, sorted.
    public static func people(_ agenda: Agenda) -> [String] {
        Array(Set(agenda.goals.flatMap { $0.history.map(\.by) })).sorted { TextFolding.fold($0) < TextFolding.fold($1) }
    }
}
