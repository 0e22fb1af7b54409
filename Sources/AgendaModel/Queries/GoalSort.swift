/// Orders in which goals can be listed.
public enum GoalSort: String, CaseIterable, Sendable {
    /// The order of the file: areas, then parents before their sub-goals.
    case file
    /// Soonest due date first; goals with no due date last.
    case due
    /// Least progress first.
    case progress
    /// By status in its natural order: proposed, active, blocked, achieved, dropped.
    case status
    /// Alphabetically by title, ignoring case and accents.
    case title

    /// Whether `a` comes before `b` in this order; ties keep their earlier order when the sort is stable.
    public func precedes(_ a: Goal, _ b: Goal) -> Bool {
        switch self {
        case .file:
            return false
        case .due:
            switch (a.due, b.due) {
            case let (x?, y?): return x < y
            case (_?, nil): return true
            default: return false
            }
        case .progress:
            return a.progress < b.progress
        case .status:
            return GoalStatus.rank(a.status) < GoalStatus.rank(b.status)
        case .title:
            return TextFolding.fold(a.title) < TextFolding.fold(b.title)
        }
    }

    /// A number per goal that orders it in this sort (ties broken by position), for sorts that are not
    /// by title; nil for `file` and `title`.
    public func numericKey(_ goal: Goal) -> Int? {
        switch self {
        case .file, .title: nil
        case .due: goal.due?.daysSinceEpoch ?? Int.max
        case .progress: goal.progress
        case .status: GoalStatus.rank(goal.status)
        }
    }

    /// The goals in this order, stable: goals that tie keep their order.
    public func sorted(_ goals: [Goal]) -> [Goal] {
        guard self != .file else { return goals }
        if self == .title {
            let keyed = goals.enumerated().map { (key: TextFolding.fold($0.element.title), index: $0.offset) }
            return keyed.sorted { ($0.key, $0.index) < ($1.key, $1.index) }.map { goals[$0.index] }
        }
        return goals.enumerated().sorted { lhs, rhs in
            if precedes(lhs.element, rhs.element) { return true }
            if precedes(rhs.element, lhs.element) { return false }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }
}

extension GoalStatus {
    /// Position in the natural order of statuses; unknown statuses come last.
    static func rank(_ status: GoalStatus) -> Int {
        known.firstIndex(of: status) ?? known.count
    }
}
