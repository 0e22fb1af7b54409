/// The goals of an agenda as an outline: by area, each parent followed by its sub-goals, indented.
public struct GoalOutline: Sendable {
    /// One line of the outline: a goal's index in `agenda.goals` and its depth under its top goal.
    public struct Row: Equatable, Sendable {
        public var index: Int
        public var depth: Int
    }

    /// The rows in outline order: areas in the agenda's order (unknown areas last), then the file order
    /// of top goals, each followed by its sub-goals at any depth.
    public static func rows(of agenda: Agenda, graph: GoalGraph? = nil) -> [Row] {
        let graph = graph ?? GoalGraph(agenda.goals)
        var areas = AreaOrder(agenda.areas)
        var tops: [[Int]] = Array(repeating: [], count: areas.ids.count)
        for index in agenda.goals.indices where graph.parent[index] < 0 {
            let place = areas.position(of: agenda.goals[index].area)
            if place == tops.count { tops.append([]) }
            tops[place].append(index)
        }
        var rows: [Row] = []
        rows.reserveCapacity(agenda.goals.count)
        var visited = [Bool](repeating: false, count: agenda.goals.count)
        var stack: [(Int, Int)] = []
        for area in tops.indices {
            stack = tops[area].reversed().map { ($0, 0) }
            while let (index, depth) = stack.popLast() {
                guard !visited[index] else { continue }
                visited[index] = true
                rows.append(Row(index: index, depth: depth))
                for child in graph.children(of: index).reversed() {
                    stack.append((child, depth + 1))
                }
            }
        }
        // Goals caught in a parent cycle are reached from no top goal; list them last rather than lose them.
        for index in visited.indices where !visited[index] {
            rows.append(Row(index: index, depth: 0))
        }
        return rows
    }
}
