/// Progress and status figures summed up over sub-goals, areas, organizations and countries.
public struct Rollup: Sendable {
    /// Counts and progress of a group of goals.
    public struct Summary: Equatable, Sendable {
        /// The group's key: an area id, an organization id or a country code.
        public var key: String
        /// Goals in the group, at any depth.
        public var total: Int
        /// How many goals have each status.
        public var counts: [GoalStatus: Int]
        /// Mean rolled-up progress of the group's goals that are not dropped, 0 when there are none.
        public var progress: Int

        /// The number of goals with a status.
        public func count(_ status: GoalStatus) -> Int { counts[status] ?? 0 }
    }

    /// Each goal's progress, rolled up: a goal with sub-goals (not dropped) takes their mean, recursively.
    public let progress: [String: Int]

    public init(_ agenda: Agenda) {
        var children: [String: [Int]] = [:]
        for (index, goal) in agenda.goals.enumerated() {
            if let parent = goal.parent, parent != goal.id { children[parent, default: []].append(index) }
        }
        var result: [String: Int] = [:]
        result.reserveCapacity(agenda.goals.count)
        // Iterative post-order walk, so a chain of thousands of sub-goals cannot overflow the stack.
        var expanded: Set<String> = []
        for root in agenda.goals.indices {
            var stack = [root]
            while let index = stack.last {
                let goal = agenda.goals[index]
                if result[goal.id] != nil {
                    stack.removeLast()
                    continue
                }
                let kids = (children[goal.id] ?? []).filter { agenda.goals[$0].status != .dropped }
                if expanded.insert(goal.id).inserted {
                    let pending = kids.filter { result[agenda.goals[$0].id] == nil && !expanded.contains(agenda.goals[$0].id) }
                    if !pending.isEmpty {
                        stack.append(contentsOf: pending)
                        continue
                    }
                }
                stack.removeLast()
                var value = goal.progress
                if goal.status == .achieved {
                    value = 100
                } else if !kids.isEmpty {
                    // A sub-goal still unresolved here sits on a parent cycle: count its own progress.
                    let sum = kids.reduce(0) { $0 + (result[agenda.goals[$1].id] ?? agenda.goals[$1].progress) }
                    value = Int((Double(sum) / Double(kids.count)).rounded())
                }
                result[goal.id] = value
            }
        }
        progress = result
    }

    /// Summaries of the goals grouped by area, in the agenda's area order; progress is the mean of the
    /// area's top goals, each rolled up from its sub-goals.
    public static func byArea(_ agenda: Agenda) -> [Summary] {
        let rollup = Rollup(agenda)
        let ids = Set(agenda.goals.map(\.id))
        return agenda.areas.map { area in
            let goals = agenda.goals.filter { $0.area == area.id }
            let tops = goals.filter { $0.parent.map { !ids.contains($0) } ?? true }
            return rollup.summary(key: area.id, goals: goals, progressOver: tops)
        }
    }

    /// Summaries of the goals linked to each organization, in the agenda's organization order.
    public static func byOrganization(_ agenda: Agenda) -> [Summary] {
        let rollup = Rollup(agenda)
        var linked: [String: [Goal]] = [:]
        for goal in agenda.goals {
            for org in goal.organizations { linked[org, default: []].append(goal) }
        }
        return agenda.organizations.map { rollup.summary(key: $0.id, goals: linked[$0.id] ?? []) }
    }

    /// Summaries of the goals concerning each country (its own countries or its organizations'), by code.
    public static func byCountry(_ agenda: Agenda) -> [Summary] {
        let rollup = Rollup(agenda)
        var orgCountry: [String: String] = [:]
        for org in agenda.organizations { orgCountry[org.id] = org.country }
        var byCountry: [String: [Goal]] = [:]
        for goal in agenda.goals {
            var countries = Set(goal.countries)
            for org in goal.organizations { if let country = orgCountry[org] { countries.insert(country) } }
            for country in countries { byCountry[country, default: []].append(goal) }
        }
        return byCountry.keys.sorted().map { rollup.summary(key: $0, goals: byCountry[$0] ?? []) }
    }

    /// The summary of a group of goals, with progress averaged over `progressOver` (default: all).
    public func summary(key: String, goals: [Goal], progressOver: [Goal]? = nil) -> Summary {
        var counts: [GoalStatus: Int] = [:]
        var sum = 0
        var counted = 0
        for goal in goals {
            counts[goal.status, default: 0] += 1
        }
        for goal in progressOver ?? goals {
            if goal.status != .dropped {
                sum += progress[goal.id] ?? goal.progress
                counted += 1
            }
        }
        let mean = counted == 0 ? 0 : Int((Double(sum) / Double(counted)).rounded())
        return Summary(key: key, total: goals.count, counts: counts, progress: mean)
    }
}
