/// Checks of an agenda's integrity: ids, references, parents, ranges and vocabularies.
extension Agenda {
    /// Every problem in the agenda, in file order; empty when the agenda is valid.
    public func validate() -> [Problem] {
        var problems: [Problem] = []
        let areaIDs = uniqueIDs(areas.map(\.id), kind: "area", list: "areas", into: &problems)
        let orgIDs = uniqueIDs(organizations.map(\.id), kind: "organization", list: "organizations", into: &problems)
        _ = uniqueIDs(people.map(\.id), kind: "person", list: "people", into: &problems)
        // Goals' ids once, in the tree the cycle check also walks.
        let graph = GoalGraph(goals)
        for index in goals.indices {
            let id = goals[index].id
            if id.isEmpty {
                problems.append(Problem("goal number \(index + 1) has an empty id", at: [.key("goals"), .index(index), .key("id")]))
            } else if graph.indexByID[id] != index {
                problems.append(Problem("goal \(id): duplicate id", at: [.key("goals"), .index(index), .key("id")]))
            }
        }
        let goalIDs = graph.indexByID

        for (index, org) in organizations.enumerated() {
            let path: [PathComponent] = [.key("organizations"), .index(index)]
            if !FieldRules.isCountryCode(org.country) {
                problems.append(Problem(
                    "organization \(org.id): country '\(org.country)' is not an ISO 3166 alpha-2 code such as MX",
                    at: path + [.key("country")]))
            }
            if !org.kind.isKnown {
                problems.append(Problem(
                    "organization \(org.id): kind '\(org.kind.rawValue)' is not one of \(OrganizationKind.knownList)",
                    at: path + [.key("kind")]))
            }
        }
        for (index, person) in people.enumerated() {
            if let org = person.organization, !orgIDs.contains(org) {
                problems.append(Problem(
                    "person \(person.id): organization '\(org)' does not exist",
                    at: [.key("people"), .index(index), .key("organization")]))
            }
        }
        // Each goal's own checks on one core, the parents' cycles on the other.
        let (ofGoals, ofCycles) = BothAtOnce.run(
            {
                var found: [Problem] = []
                for index in goals.indices {
                    found += goalProblems(goals[index], at: index, areas: areaIDs, organizations: orgIDs, goals: goalIDs)
                }
                return found
            },
            { cycleProblems(graph) })
        problems += ofGoals
        problems += ofCycles
        _ = uniqueIDs(sessions.map(\.id), kind: "session", list: "sessions", into: &problems)
        for (index, review) in reviews.enumerated() where !review.health.isKnown {
            problems.append(Problem(
                "review of \(review.goal): health '\(review.health.rawValue)' is not one of \(Health.knownList)",
                at: [.key("reviews"), .index(index), .key("health")]))
        }
        for (index, session) in sessions.enumerated() {
            var seen: Set<String> = []
            for (position, item) in session.items.enumerated() where !seen.insert(item.id).inserted {
                problems.append(Problem(
                    "session \(session.id): item \(item.id): duplicate id",
                    at: [.key("sessions"), .index(index), .key("items"), .index(position), .key("id")]))
            }
            if !session.state.isKnown {
                problems.append(Problem(
                    "session \(session.id): state '\(session.state.rawValue)' is not one of \(SessionState.knownList)",
                    at: [.key("sessions"), .index(index), .key("state")]))
            }
        }
        return problems
    }

    private func uniqueIDs(
        _ ids: [String], kind: String, list: String, into problems: inout [Problem]
    ) -> Set<String> {
        var seen: Set<String> = []
        for (index, id) in ids.enumerated() {
            if id.isEmpty {
                problems.append(Problem("\(kind) number \(index + 1) has an empty id", at: [.key(list), .index(index), .key("id")]))
            } else if !seen.insert(id).inserted {
                problems.append(Problem("\(kind) \(id): duplicate id", at: [.key(list), .index(index), .key("id")]))
            }
        }
        return seen
    }

    private func goalProblems(
        _ goal: Goal, at index: Int, areas: Set<String>, organizations: Set<String>, goals: [String: Int]
    ) -> [Problem] {
        var problems: [Problem] = []
        func add(_ field: String, _ message: String, _ extra: [PathComponent] = []) {
            problems.append(Problem(
                "goal \(goal.id): \(field) \(message)", at: [.key("goals"), .index(index), .key(field)] + extra))
        }
        if goal.title.trimmingWhitespace.isEmpty { add("title", "is empty") }
        if !areas.contains(goal.area) { add("area", "'\(goal.area)' does not exist") }
        if !goal.status.isKnown { add("status", "'\(goal.status.rawValue)' is not one of \(GoalStatus.knownList)") }
        if !FieldRules.progressRange.contains(goal.progress) { add("progress", "\(goal.progress) is out of range 0-100") }
        if !goal.priority.isKnown { add("priority", "'\(goal.priority.rawValue)' is not one of \(Priority.knownList)") }
        if let level = goal.level, !level.isKnown {
            add("level", "'\(level.rawValue)' is not one of \(GovernmentLevel.knownList)")
        }
        for (position, org) in goal.organizations.enumerated() where !organizations.contains(org) {
            add("organizations", "'\(org)' does not exist", [.index(position)])
        }
        for (position, country) in goal.countries.enumerated() where !FieldRules.isCountryCode(country) {
            add("countries", "'\(country)' is not an ISO 3166 alpha-2 code such as MX", [.index(position)])
        }
        if let parent = goal.parent {
            if parent == goal.id {
                add("parent", "is the goal itself")
            } else if goals[parent] == nil {
                add("parent", "'\(parent)' does not exist")
            }
        }
        return problems
    }

    /// Goals whose chain of parents loops back on itself, each cycle reported once, at its first goal.
    private func cycleProblems(_ graph: GoalGraph) -> [Problem] {
        var state = [UInt8](repeating: 0, count: goals.count)  // 1: on the current walk, 2: done
        var problems: [Problem] = []
        var walk: [Int] = []
        for start in goals.indices where state[start] == 0 && graph.indexByID[goals[start].id] == start {
            walk.removeAll(keepingCapacity: true)
            var current = start
            while current >= 0, state[current] == 0 {
                state[current] = 1
                walk.append(current)
                current = graph.parent[current]
            }
            if current >= 0, state[current] == 1, let first = walk.firstIndex(of: current) {
                let cycle = walk[first...].map { goals[$0].id }
                let earliest = walk[first...].min() ?? current
                let from = cycle.firstIndex(of: goals[earliest].id) ?? 0
                let ordered = Array(cycle[from...] + cycle[..<from])
                // A long cycle is named by its ends, so that the message stays one readable line.
                let shown = ordered.count <= 12 ? ordered : Array(ordered.prefix(6)) + ["..."] + Array(ordered.suffix(3))
                let size = ordered.count <= 12 ? "" : " of \(ordered.count) goals"
                problems.append(Problem(
                    "goal \(goals[earliest].id): parent forms a cycle\(size): " + (shown + [ordered[0]]).joined(separator: " -> "),
                    at: [.key("goals"), .index(earliest), .key("parent")]))
            }
            for index in walk { state[index] = 2 }
        }
        return problems
    }
}
