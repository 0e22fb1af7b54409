import AgendaLocalization
import AgendaModel

/// An open agenda: where it is, what it holds, and the index the screens use.
public struct Document: Sendable {
    public var path: String
    public private(set) var agenda: Agenda
    public private(set) var index: AgendaIndex
    /// Every goal in each sort order asked for so far, sorted once per version of the agenda: a
    /// keystroke in a sorted list then filters this order instead of sorting again.
    private(set) var sortOrders: [GoalSort: [Int]] = [:]

    public init(path: String, agenda: Agenda) {
        self.path = path
        self.agenda = agenda
        index = AgendaIndex(agenda)
    }

    /// Every goal's index in a sort order, sorted the first time it is asked for.
    mutating func sortOrder(_ sort: GoalSort) -> [Int] {
        if let order = sortOrders[sort] { return order }
        let order = GoalRows.sorted(Array(agenda.goals.indices), by: sort, in: agenda)
        sortOrders[sort] = order
        return order
    }
}
