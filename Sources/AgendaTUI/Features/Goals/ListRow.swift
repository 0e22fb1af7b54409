import AgendaLocalization

/// One line of the goals list: an area heading or a goal.
public enum ListRow: Equatable, Sendable {
    /// An area heading, with how many of its goals match the filters and how many it has.
    case area(id: String, matching: Int, total: Int)
    /// A goal: its index in `agenda.goals`, its depth in the outline, whether it has sub-goals, and
    /// whether it shows only as the context of a matching sub-goal.
    case goal(index: Int, depth: Int, hasChildren: Bool, isContext: Bool)
}
