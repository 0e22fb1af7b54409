import AgendaLocalization
import AgendaModel

/// What the screens need to know about an agenda, computed once when it loads: the outline, lookups,
/// rolled-up progress and the folded text that search scans.
///
/// Search keeps, per goal, one folded UTF-8 string of its id, title, owners, organizations (ids and
/// names) and tags, so a keystroke is a byte scan with no folding or allocation; the descriptions and
/// notes are folded into a second buffer the first time a search needs them (`bodies`).
public struct AgendaIndex: Sendable {
    /// The goals in outline order with their depth.
    public let outline: [GoalOutline.Row]
    /// The goals' tree on their positions: parents, children, positions by id.
    public let graph: GoalGraph
    /// Rolled-up progress of every goal, by position.
    public let rollup: Rollup
    /// Organizations by id.
    public let organizationByID: [String: Organization]
    /// Areas by id.
    public let areaByID: [String: Area]
    /// The folded short texts search scans as one types, for every goal.
    public let searchText: SearchText
    /// The folded long texts (descriptions, notes), made the first time a search asks for them.
    public let bodies: LazySearchText
    /// Per organization (by id), the indices of the goals linked to it.
    public let goalsOfOrganization: [String: [Int]]
    /// Per area (by id), its counts and rolled-up progress.
    public let areaSummary: [String: Rollup.Summary]
    /// The areas in the order the list shows them: the agenda's, then unknown ones as goals name them.
    public let areaOrder: [String]
    /// Per goal (by index), its area's position in `areaOrder`.
    public let areaOfGoal: [Int]
    /// Per area (by position in `areaOrder`), how many goals it has.
    public let goalsPerArea: [Int]

    /// A goal's index in `agenda.goals` by id.
    public var goalByID: [String: Int] { graph.indexByID }
    /// Per goal (by index), the index of its parent, or -1 for a top goal.
    public var parentOfGoal: [Int] { graph.parent }

    /// Whether the goal at a position has sub-goals.
    public func hasChildren(_ index: Int) -> Bool { graph.hasChildren(index) }

    /// The positions of a goal's sub-goals, in file order.
    public func children(of index: Int) -> ArraySlice<Int> { graph.children(of: index) }

    public init(_ agenda: Agenda) {
        let orgs = Dictionary(agenda.organizations.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        // The folded search text on one core while the tree, the outline and the roll-ups are built on
        // the other.
        let (searchText, tree) = BothAtOnce.run(
            { SearchText(agenda.goals, organizations: orgs) },
            { () -> (GoalGraph, [GoalOutline.Row], Rollup, [Rollup.Summary]) in
                let graph = GoalGraph(agenda.goals)
                let rollup = Rollup(agenda, graph: graph)
                return (graph, GoalOutline.rows(of: agenda, graph: graph), rollup, Rollup.byArea(agenda, rollup: rollup))
            })
        self.searchText = searchText
        bodies = LazySearchText(goals: agenda.goals, organizations: orgs)
        (graph, outline, rollup, _) = tree
        areaSummary = Dictionary(tree.3.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        var linked: [String: [Int]] = [:]
        for index in agenda.goals.indices {
            for org in agenda.goals[index].organizations { linked[org, default: []].append(index) }
        }
        var order = AreaOrder(agenda.areas)
        var areaOfGoal = [Int](repeating: 0, count: agenda.goals.count)
        var lastArea = ""
        var lastPosition = -1
        for index in agenda.goals.indices {
            let area = agenda.goals[index].area
            if area != lastArea || lastPosition < 0 {
                lastPosition = order.position(of: area)
                lastArea = area
            }
            areaOfGoal[index] = lastPosition
        }
        var perArea = [Int](repeating: 0, count: order.ids.count)
        for area in areaOfGoal { perArea[area] += 1 }
        areaOrder = order.ids
        self.areaOfGoal = areaOfGoal
        goalsPerArea = perArea
        goalsOfOrganization = linked
        organizationByID = orgs
        areaByID = Dictionary(agenda.areas.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Whether a goal's searchable text contains the folded needle.
    public func matches(_ goalIndex: Int, _ needle: FoldedNeedle) -> Bool {
        searchText.matches(goalIndex, needle)
    }
}
