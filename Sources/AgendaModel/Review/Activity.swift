import Foundation

/// Everything that happened in an agenda, newest first: changes to goals (an undo or a redo named as
/// such, with the change it is about), goals deleted, reviews, and what sessions recorded (planned,
/// started, ended, attendance, decisions, votes, action items). Filtered by day, person, organization,
/// area and kind.
public struct Activity: Sendable {
    /// What an entry is, for filtering.
    public enum Kind: String, CaseIterable, Sendable {
        /// A goal's field changed, the goal was created, deleted or brought back, or a change was undone
        /// or redone.
        case change
        case review
        /// A session planned, started or ended, or its attendance.
        case session
        case decision
        case vote
        /// An action item agreed in a session: a goal created from it.
        case action
    }

    /// What happened.
    public enum Event: Equatable, Sendable {
        case change(Change)
        /// A change that undoes an earlier one (`undoing`, as it was recorded).
        case undo(Change, undoing: Change)
        /// A change that makes again one that was undone (`redoing`, as it was first recorded).
        case redo(Change, redoing: Change)
        case review(Review)
        /// A goal deleted with its sub-goals (`Entry.goal`), as its record says: restored or not.
        case deleted(Deletion)
        /// A session on the agenda for its day, with its run-of-show.
        case planned(items: Int, minutes: Int)
        case started
        /// A session closed, with the minutes it planned and the seconds it took.
        case ended(plannedMinutes: Int, seconds: TimeInterval)
        case attendance(Attendance)
        case decision(item: String, Decision)
        case vote(item: String, Vote)
        /// The goal (`Entry.goal`) created as an action item of a session's item.
        case action(item: String)

        public var kind: Kind {
            switch self {
            case .change, .undo, .redo, .deleted: .change
            case .review: .review
            case .planned, .started, .ended, .attendance: .session
            case .decision: .decision
            case .vote: .vote
            case .action: .action
            }
        }
    }

    /// One thing that happened: when, who, to which goal or in which session, and what.
    public struct Entry: Equatable, Sendable {
        public var time: Date
        /// Who made the change or review; for what a session recorded, its facilitator.
        public var by: String
        /// The goal changed, reviewed, or created as an action item.
        public var goal: String?
        /// The session, for what a session recorded and for action items.
        public var session: String?
        /// The goal's title, or the session's.
        public var title: String
        public var area: String?
        public var event: Event

        public var kind: Kind { event.kind }

        /// The history entry, for a change to a goal.
        public var change: Change? {
            switch event {
            case .change(let change), .undo(let change, _), .redo(let change, _): change
            default: nil
            }
        }

        /// The deletion record, for an entry that is one.
        public var deletion: Deletion? {
            if case .deleted(let deletion) = event { return deletion }
            return nil
        }

        /// The review, for an entry that is one.
        public var review: Review? {
            if case .review(let review) = event { return review }
            return nil
        }
    }

    /// Which entries to show.
    public struct Filter: Equatable, Sendable {
        public var since: Day?
        /// Who made the change, case and accents ignored.
        public var person: String?
        /// Changes to goals linked to this organization, and sessions it attended.
        public var organization: String?
        public var area: String?
        /// The kinds shown; all when empty.
        public var kinds: Set<Kind>

        public init(since: Day? = nil, person: String? = nil, organization: String? = nil, area: String? = nil,
                    kinds: Set<Kind> = []) {
            self.since = since
            self.person = person
            self.organization = organization
            self.area = area
            self.kinds = kinds
        }

        /// Whether a goal passes the area and organization criteria.
        public func includes(_ goal: Goal) -> Bool {
            if let area, goal.area != area { return false }
            if let organization, !goal.organizations.contains(organization) { return false }
            return true
        }

        /// Whether an entry passes the day, person and kind criteria.
        func includes(_ entry: Entry) -> Bool {
            if let since, entry.time < Date(timeIntervalSince1970: Double(since.daysSinceEpoch) * 86_400) { return false }
            if let person, TextFolding.fold(entry.by) != TextFolding.fold(person) { return false }
            return kinds.isEmpty || kinds.contains(entry.kind)
        }
    }

    public let entries: [Entry]

    public init(_ agenda: Agenda, filter: Filter) {
        var entries: [Entry] = []
        for goal in agenda.goals where filter.includes(goal) {
            Self.goalEntries(goal, into: &entries)
        }
        // Reviews, at the time they were recorded (or the start of their day).
        let goals = Dictionary(agenda.goals.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for review in agenda.reviews {
            guard let goal = goals[review.goal], filter.includes(goal) else { continue }
            let time = review.time ?? Date(timeIntervalSince1970: Double(review.date.daysSinceEpoch) * 86_400)
            entries.append(Entry(time: time, by: review.reviewer, goal: goal.id, title: goal.title, area: goal.area,
                                 event: .review(review)))
        }
        Self.deletionEntries(agenda.deletions, filter: filter, into: &entries)
        for session in agenda.sessions {
            Self.sessionEntries(session, goals: goals, filter: filter, into: &entries)
        }
        self.entries = entries.enumerated().filter { filter.includes($0.element) }.sorted { a, b in
            a.element.time != b.element.time ? a.element.time > b.element.time : a.offset > b.offset
        }.map(\.element)
    }

    /// A goal's history as entries: its changes, undos and redos; its creation as an action item when a
    /// session created it.
    private static func goalEntries(_ goal: Goal, into entries: inout [Entry]) {
        let undos = goal.history.count > 1 ? HistoryUndos(goal.history).roles : [:]
        for (index, change) in goal.history.enumerated() {
            let event: Event
            switch undos[index] {
            case .undo(let original)?: event = .undo(change, undoing: goal.history[original])
            case .redo(let original)?: event = .redo(change, redoing: goal.history[original])
            case nil:
                if change.field == "created", let origin = goal.origin {
                    entries.append(Entry(time: change.time, by: change.by, goal: goal.id, session: origin.session,
                                         title: goal.title, area: goal.area, event: .action(item: origin.item)))
                    continue
                }
                event = .change(change)
            }
            entries.append(Entry(time: change.time, by: change.by, goal: goal.id, title: goal.title, area: goal.area,
                                 event: event))
        }
    }

    /// Everyone who made a change or a review, or facilitated a session, sorted.
    public static func people(_ agenda: Agenda) -> [String] {
        let names = agenda.goals.flatMap { $0.history.map(\.by) } + agenda.reviews.map(\.reviewer)
            + agenda.sessions.compactMap(\.facilitator) + agenda.deletions.map(\.by)
        return Array(Set(names)).sorted { TextFolding.fold($0) < TextFolding.fold($1) }
    }
}
