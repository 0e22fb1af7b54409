/// The goals of an agenda as a tree on their positions in `agenda.goals`: each goal's parent and
/// children, found once, so that roll-ups, the outline and indexes walk arrays instead of looking ids
/// up in dictionaries.
public struct GoalGraph: Sendable {
    /// The position of the first goal with each id.
    public let indexByID: [String: Int]
    /// Each goal's parent's position, or -1 for a top goal (no parent, an unknown one, or itself).
    public let parent: [Int]
    /// Children of goal `i`, in file order: `childList[childStart[i]..<childStart[i + 1]]`.
    let childStart: [Int]
    let childList: [Int]

    public init(_ goals: [Goal]) {
        var indexByID: [String: Int] = Dictionary(minimumCapacity: goals.count)
        for index in goals.indices where indexByID[goals[index].id] == nil {
            indexByID[goals[index].id] = index
        }
        var parent = [Int](repeating: -1, count: goals.count)
        var childCount = [Int](repeating: 0, count: goals.count + 1)
        for index in goals.indices {
            guard let id = goals[index].parent, id != goals[index].id, let position = indexByID[id] else { continue }
            parent[index] = position
            childCount[position] += 1
        }
        // Counts to starts, then fill in file order.
        var start = [Int](repeating: 0, count: goals.count + 1)
        for index in goals.indices { start[index + 1] = start[index] + childCount[index] }
        var next = start
        var list = [Int](repeating: 0, count: start[goals.count])
        for index in goals.indices where parent[index] >= 0 {
            list[next[parent[index]]] = index
            next[parent[index]] += 1
        }
        self.indexByID = indexByID
        self.parent = parent
        childStart = start
        childList = list
    }

    /// The children of the goal at a position, in file order.
    public func children(of index: Int) -> ArraySlice<Int> {
        childList[childStart[index]..<childStart[index + 1]]
    }

    /// Whether the goal at a position has children.
    public func hasChildren(_ index: Int) -> Bool {
        childStart[index + 1] > childStart[index]
    }
}
