/// Progress and status figures summed up over sub-goals, areas, organizations and countries.
///
/// What counts: a goal counts in the progress of its parent, its area and any group of goals unless it
/// is dropped, or it is an action item recorded in a meeting (a goal with an `origin`) that has not
/// started, that is whose progress, its own or rolled up from its sub-goals, is still 0 and that is not
/// achieved. Such an action item is listed apart as not started; it counts from its first progress on,
/// so recording what a meeting agreed to do never lowers how far a goal or an area has come.
public struct Rollup: Sendable {
    /// Counts and progress of a group of goals.
    public struct Summary: Equatable, Sendable {
        /// The group's key: an area id, an organization id or a country code.
        public var key: String
        /// Goals in the group, at any depth.
        public var total: Int
        /// How many goals have each status.
        public var counts: [GoalStatus: Int]
        /// Mean rolled-up progress of the group's goals that count (not dropped, not an action item not
        /// started), 0 when there are none.
        public var progress: Int

        /// The number of goals with a status.
        public func count(_ status: GoalStatus) -> Int { counts[status] ?? 0 }
    }

    /// Each goal's progress, rolled up, by its position in `agenda.goals`: a goal with sub-goals that
    /// count takes their mean, recursively; an achieved goal is at 100; a goal none of whose sub-goals
    /// count keeps its own.
    public let progressByIndex: [Int]
    /// Whether each goal counts in the progress of its parent, its area and groups of goals, by position:
    /// false for a dropped goal and for an action item not started.
    public let countsByIndex: [Bool]
    /// The goals' tree the roll-up walked.
    public let graph: GoalGraph

    public init(_ agenda: Agenda, graph: GoalGraph? = nil) {
        let graph = graph ?? GoalGraph(agenda.goals)
        let goals = agenda.goals
        var result = [Int](repeating: 0, count: goals.count)
        // 0: not seen, 1: on the walk (its sub-goals pending), 2: done.
        var state = [UInt8](repeating: 0, count: goals.count)
        // Iterative post-order walk, so a chain of thousands of sub-goals cannot overflow the stack.
        var stack: [Int] = []
        for root in goals.indices where state[root] == 0 {
            stack.append(root)
            while let index = stack.last {
                if state[index] == 2 {
                    stack.removeLast()
                    continue
                }
                if state[index] == 0 {
                    state[index] = 1
                    let pending = graph.children(of: index).filter { state[$0] == 0 && goals[$0].status != .dropped }
                    if !pending.isEmpty {
                        stack.append(contentsOf: pending)
                        continue
                    }
                }
                stack.removeLast()
                var value = Self.ownProgress(goals[index])
                if goals[index].status == .achieved {
                    value = 100
                } else {
                    var sum = 0
                    var count = 0
                    for child in graph.children(of: index) where goals[child].status != .dropped {
                        // A sub-goal still on the walk sits on a parent cycle: count its own progress.
                        let progress = state[child] == 2 ? result[child] : Self.ownProgress(goals[child])
                        guard Self.counts(goals[child], progress: progress) else { continue }
                        sum += progress
                        count += 1
                    }
                    if count > 0 { value = Int((Double(sum) / Double(count)).rounded()) }
                }
                result[index] = value
                state[index] = 2
            }
        }
        progressByIndex = result
        countsByIndex = goals.indices.map { Self.counts(goals[$0], progress: result[$0]) }
        self.graph = graph
    }

    /// Whether a goal with a rolled-up progress counts in its parent's, its area's and its groups'
    /// progress: not when it is dropped, nor when it is an action item not started.
    static func counts(_ goal: Goal, progress: Int) -> Bool {
        goal.status != .dropped && !isNotStartedActionItem(goal, progress: progress)
    }

    /// Whether a goal is an action item recorded in a meeting that has not started: its progress (rolled
    /// up) is 0 and it is neither achieved nor dropped.
    static func isNotStartedActionItem(_ goal: Goal, progress: Int) -> Bool {
        goal.origin != nil && progress == 0 && goal.status != .achieved && goal.status != .dropped
    }

    /// Whether a goal counts in the progress of its parent, its area and any group of goals (see the
    /// type's summary).
    public func counts(_ goal: Goal) -> Bool {
        if let index = graph.indexByID[goal.id] { return countsByIndex[index] }
        return Self.counts(goal, progress: Self.ownProgress(goal))
    }

    /// Whether a goal is an action item recorded in a meeting that has not started, and so does not
    /// count yet.
    public func isNotStartedActionItem(_ goal: Goal) -> Bool {
        let progress = graph.indexByID[goal.id].map { progressByIndex[$0] } ?? Self.ownProgress(goal)
        return Self.isNotStartedActionItem(goal, progress: progress)
    }

    /// A goal's own progress, held to 0-100: an agenda is rolled up as soon as it is read, before
    /// validation refuses a progress of, say, 9223372036854775807, whose sum would overflow.
    static func ownProgress(_ goal: Goal) -> Int {
        min(max(goal.progress, FieldRules.progressRange.lowerBound), FieldRules.progressRange.upperBound)
    }

    /// The rolled-up progress of the goal with an id.
    public func progress(of id: String) -> Int? {
        graph.indexByID[id].map { progressByIndex[$0] }
    }

    /// Summaries of the goals grouped by area, in the agenda's area order; progress is the mean of the
    /// area's top goals, each rolled up from its sub-goals.
    public static func byArea(_ agenda: Agenda, rollup: Rollup? = nil) -> [Summary] {
        let rollup = rollup ?? Rollup(agenda)
        let position = Dictionary(agenda.areas.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var totals = [Int](repeating: 0, count: agenda.areas.count)
        var counts = [[GoalStatus: Int]](repeating: [:], count: agenda.areas.count)
        var sums = [Int](repeating: 0, count: agenda.areas.count)
        var counted = [Int](repeating: 0, count: agenda.areas.count)
        var lastArea = ""
        var lastPosition: Int?
        for index in agenda.goals.indices {
            let goal = agenda.goals[index]
            if goal.area != lastArea || lastPosition == nil {
                lastArea = goal.area
                lastPosition = position[goal.area]
            }
            guard let area = lastPosition else { continue }
            totals[area] += 1
            counts[area][goal.status, default: 0] += 1
            // Progress is over the area's top goals that count.
            let isTop = goal.parent.map { rollup.graph.indexByID[$0] == nil } ?? true
            if isTop, rollup.countsByIndex[index] {
                sums[area] += rollup.progressByIndex[index]
                counted[area] += 1
            }
        }
        return agenda.areas.indices.map { area in
            Summary(key: agenda.areas[area].id, total: totals[area], counts: counts[area],
                    progress: counted[area] == 0 ? 0 : Int((Double(sums[area]) / Double(counted[area])).rounded()))
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

    /// The summary of a group of goals, with progress averaged over those of `progressOver` (default:
    /// all) that count.
    public func summary(key: String, goals: [Goal], progressOver: [Goal]? = nil) -> Summary {
        var counts: [GoalStatus: Int] = [:]
        var sum = 0
        var counted = 0
        for goal in goals {
            counts[goal.status, default: 0] += 1
        }
        for goal in progressOver ?? goals {
            if self.counts(goal) {
                sum += progress(of: goal.id) ?? Self.ownProgress(goal)
                counted += 1
            }
        }
        let mean = counted == 0 ? 0 : Int((Double(sum) / Double(counted)).rounded())
        return Summary(key: key, total: goals.count, counts: counts, progress: mean)
    }
}
