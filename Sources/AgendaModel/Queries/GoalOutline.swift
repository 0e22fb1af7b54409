/// The goals of an agenda as an outline: by area, each parent followed by its sub-goals, indented.
public struct GoalOutline: Sendable {
    /// One line of the outline: a goal's index in `agenda.goals` and its depth under its top goal.
    public struct Row: Equatable, Sendable {
        public var index: Int
        public var depth: Int
    }

    /// The rows in outline order: areas in the agenda's order (unknown areas last), then the file order
    /// of top goals, each followed by its sub-goals at any depth.
    public static func rows(of agenda: Agenda) -> [Row] {
        var children: [String: [Int]] = [:]
        var indexByID: [String: Int] = [:]
        for (index, goal) in agenda.goals.enumerated() where indexByID[goal.id] == nil {
            indexByID[goal.id] = index
        }
        var tops: [String: [Int]] = [:]
        for (index, goal) in agenda.goals.enumerated() {
            if let parent = goal.parent, parent != goal.id, indexByID[parent] != nil {
                children[parent, default: []].append(index)
            } else {
                tops[goal.area, default: []].append(index)
            }
        }
        var areaOrder = agenda.areas.map(\.id)
        let known = Set(areaOrder)
        for goal in agenda.goals where !known.contains(goal.area) && !areaOrder.contains(goal.area) {
            areaOrder.append(goal.area)
        }
        var rows: [Row] = []
        rows.reserveCapacity(agenda.goals.count)
        var visited = [Bool](repeating: false, count: agenda.goals.count)
        for area in areaOrder {
            var stack: [(Int, Int)] = (tops[area] ?? []).reversed().map { ($0, 0) }
            while let (index, depth) = stack.popLast() {
                guard !visited[index] else { continue }
                visited[index] = true
                rows.append(Row(index: index, depth: depth))
                for child in (children[agenda.goals[index].id] ?? []).reversed() {
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
