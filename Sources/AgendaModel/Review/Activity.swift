import Foundation

/// Every change since a day, newest first, from the goals' history and the reviews: who changed what,
/// from what, to what.
public struct Activity: Sendable {
    /// One change of one goal, or a review of it.
    public struct Entry: Equatable, Sendable {
        public var goal: String
        public var title: String
        public var area: String
        /// The change; for a review, its field is `review`, `to` its health and `by` the reviewer.
        public var change: Change
        /// The review, for an entry that is one.
        public var review: Review?
    }

    /// Which changes to show.
    public struct Filter: Equatable, Sendable {
        public var since: Day?
        /// Who made the change, case and accents ignored.
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
        let person = filter.person.map(TextFolding.fold)
        func included(_ goal: Goal) -> Bool {
            if let area = filter.area, goal.area != area { return false }
            if let org = filter.organization, !goal.organizations.contains(org) { return false }
            return true
        }
        func included(_ change: Change) -> Bool {
            if let since, change.time < since { return false }
            if let person, TextFolding.fold(change.by) != person { return false }
            return true
        }
        var entries: [Entry] = []
        for goal in agenda.goals where included(goal) {
            for change in goal.history where included(change) {
                entries.append(Entry(goal: goal.id, title: goal.title, area: goal.area, change: change))
            }
        }
        // Reviews, at the time they were recorded (or the start of their day).
        let goals = Dictionary(agenda.goals.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for review in agenda.reviews {
            guard let goal = goals[review.goal], included(goal) else { continue }
            let time = review.time ?? Date(timeIntervalSince1970: Double(review.date.daysSinceEpoch) * 86_400)
            let change = Change(time: time, by: review.reviewer, field: "review", to: review.health.rawValue)
            guard included(change) else { continue }
            entries.append(Entry(goal: goal.id, title: goal.title, area: goal.area, change: change, review: review))
        }
        self.entries = entries.enumerated().sorted { a, b in
            a.element.change.time != b.element.change.time ? a.element.change.time > b.element.change.time : a.offset > b.offset
        }.map(\.element)
    }

    /// Everyone who made a change or a review, sorted.
    public static func people(_ agenda: Agenda) -> [String] {
        Array(Set(agenda.goals.flatMap { $0.history.map(\.by) } + agenda.reviews.map(\.reviewer)))
            .sorted { TextFolding.fold($0) < TextFolding.fold($1) }
    }
}
