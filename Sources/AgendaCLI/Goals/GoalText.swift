import AgendaModel

/// How goal fields read in the command line's tables and texts.
enum GoalText {
    /// `40%`.
    static func progress(_ value: Int) -> String { "\(value)%" }

    /// Owners joined for a table cell.
    static func list(_ values: [String]) -> String { values.joined(separator: ", ") }

    /// A due date, flagged when it has passed and the goal is still open.
    static func due(_ goal: Goal, today: Day) -> String {
        guard let due = goal.due else { return "" }
        return due < today && !goal.status.isClosed ? "\(due) overdue" : due.description
    }
}
