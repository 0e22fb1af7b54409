/// Finding goals, areas and organizations of an agenda by id.
extension Agenda {
    /// The index of the goal with this id, matching case-insensitively when no exact match exists.
    public func goalIndex(_ id: String) -> Int? {
        if let exact = goals.firstIndex(where: { $0.id == id }) { return exact }
        let upper = id.uppercased()
        return goals.firstIndex { $0.id.uppercased() == upper }
    }

    /// The goal with this id.
    public func goal(_ id: String) -> Goal? {
        goalIndex(id).map { goals[$0] }
    }

    /// The area with this id.
    public func area(_ id: String) -> Area? {
        areas.first { $0.id == id }
    }

    /// The organization with this id.
    public func organization(_ id: String) -> Organization? {
        organizations.first { $0.id == id }
    }

    /// The index of the organization with this id.
    public func organizationIndex(_ id: String) -> Int? {
        organizations.firstIndex { $0.id == id }
    }

    /// The ids of the goal and all its sub-goals at any depth, the goal first.
    public func subtree(of id: String) -> [String] {
        var children: [String: [String]] = [:]
        for goal in goals {
            if let parent = goal.parent { children[parent, default: []].append(goal.id) }
        }
        var result: [String] = []
        var stack = [id]
        var seen: Set<String> = []
        while let next = stack.popLast() {
            guard seen.insert(next).inserted else { continue }
            result.append(next)
            stack.append(contentsOf: (children[next] ?? []).reversed())
        }
        return result
    }
}
