import AgendaLocalization
import AgendaModel

/// What the screens need to know about an agenda, computed once when it loads: the outline, lookups,
/// rolled-up progress and the folded text that search scans.
///
/// Search keeps, per goal, one folded UTF-8 string of its id, title, owners, organizations (ids and
/// names), tags, countries and source, so a keystroke is a byte scan with no folding or allocation.
public struct AgendaIndex: Sendable {
    /// The goals in outline order with their depth.
    public let outline: [GoalOutline.Row]
    /// A goal's index in `agenda.goals` by id.
    public let goalByID: [String: Int]
    /// The indices of each goal's sub-goals, in file order.
    public let children: [String: [Int]]
    /// Rolled-up progress of every goal.
    public let rolledProgress: [String: Int]
    /// Organizations by id.
    public let organizationByID: [String: Organization]
    /// Areas by id.
    public let areaByID: [String: Area]
    /// Per goal (by index), the folded searchable text.
    public let searchText: [[UInt8]]
    /// Per organization (by id), the indices of the goals linked to it.
    public let goalsOfOrganization: [String: [Int]]
    /// Per area (by id), its counts and rolled-up progress.
    public let areaSummary: [String: Rollup.Summary]
    /// The areas in the order the list shows them: the agenda's, then unknown ones as goals name them.
    public let areaOrder: [String]
    /// Per goal (by index), its area's position in `areaOrder`.
    public let areaOfGoal: [Int]
    /// Per goal (by index), the index of its parent, or -1 for a top goal.
    public let parentOfGoal: [Int]
    /// Per goal (by index), whether it has sub-goals.
    public let hasChildren: [Bool]
    /// Per area (by position in `areaOrder`), how many goals it has.
    public let goalsPerArea: [Int]

    public init(_ agenda: Agenda) {
        outline = GoalOutline.rows(of: agenda)
        var byID: [String: Int] = [:]
        byID.reserveCapacity(agenda.goals.count)
        var children: [String: [Int]] = [:]
        var linked: [String: [Int]] = [:]
        for (index, goal) in agenda.goals.enumerated() {
            if byID[goal.id] == nil { byID[goal.id] = index }
            if let parent = goal.parent { children[parent, default: []].append(index) }
            for org in goal.organizations { linked[org, default: []].append(index) }
        }
        goalByID = byID
        self.children = children
        var order = agenda.areas.map(\.id)
        var position = Dictionary(order.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var areaOfGoal = [Int](repeating: 0, count: agenda.goals.count)
        for (index, goal) in agenda.goals.enumerated() {
            if position[goal.area] == nil {
                position[goal.area] = order.count
                order.append(goal.area)
            }
            areaOfGoal[index] = position[goal.area]!
        }
        var perArea = [Int](repeating: 0, count: order.count)
        for area in areaOfGoal { perArea[area] += 1 }
        areaOrder = order
        self.areaOfGoal = areaOfGoal
        goalsPerArea = perArea
        parentOfGoal = agenda.goals.map { goal in goal.parent.flatMap { byID[$0] } ?? -1 }
        hasChildren = agenda.goals.map { children[$0.id].map { !$0.isEmpty } ?? false }
        goalsOfOrganization = linked
        rolledProgress = Rollup(agenda).progress
        let orgs = Dictionary(agenda.organizations.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        organizationByID = orgs
        areaByID = Dictionary(agenda.areas.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        areaSummary = Dictionary(Rollup.byArea(agenda).map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        searchText = agenda.goals.map { Self.searchableText(of: $0, organizations: orgs) }
    }

    /// The folded text search scans for one goal.
    static func searchableText(of goal: Goal, organizations: [String: Organization]) -> [UInt8] {
        var parts = [goal.id, goal.title]
        parts += goal.owners
        for id in goal.organizations {
            parts.append(id)
            if let name = organizations[id]?.name { parts.append(name) }
        }
        parts += goal.tags
        parts += goal.countries
        if let source = goal.source { parts.append(source) }
        return Array(TextFolding.fold(parts.joined(separator: "\u{1F}")).utf8)
    }

    /// Whether a goal's searchable text contains the folded needle.
    public func matches(_ goalIndex: Int, _ needle: FoldedNeedle) -> Bool {
        searchText[goalIndex].withUnsafeBufferPointer { FoldedNeedle.search(needle.bytes, inFolded: $0) }
    }
}
