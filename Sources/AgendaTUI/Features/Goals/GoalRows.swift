import AgendaLocalization
import AgendaModel

/// Computes the lines of the goals list from the agenda, its index, the folds, the filters and the sort.
///
/// In outline order, goals sit under their area's heading with sub-goals indented; a goal that does
/// not match but has a matching sub-goal shows as context, so the tree still reads. Other orders give
/// a flat list. The work is one pass over the goals, with a byte scan per goal for the search.
public enum GoalRows {
    /// The result: the rows, and how many goals match.
    public struct Result: Equatable, Sendable {
        public var rows: [ListRow]
        public var matching: Int
    }

    /// A prepared filter: the criteria of `GoalFilter` without its search, and the folded search text.
    public struct Criteria: Sendable {
        public var filter: GoalFilter
        public var needle: FoldedNeedle?

        public init(filter: GoalFilter, search: String) {
            var filter = filter
            filter.search = nil
            self.filter = filter
            needle = search.isEmpty ? nil : FoldedNeedle(search)
        }

        /// Whether nothing restricts the list.
        public var isEmpty: Bool { filter.isEmpty && needle == nil }
    }

    /// Scans of at least this many goals are shared between two cores.
    static let splitScanFrom = 20_000

    /// The indices of the goals that match the criteria, in file order; `within` limits the scan to a
    /// previous result when the new search only narrows it. A long scan runs in two halves at once.
    public static func matches(
        _ agenda: Agenda, index: AgendaIndex, criteria: Criteria, within: [Int]? = nil
    ) -> [Int] {
        let matcher = GoalFilter.Matcher(criteria.filter, agenda: agenda)
        let plainFilter = criteria.filter.isEmpty
        // Every goal searched: one pass over the search text (in two halves at once when long),
        // then the other criteria on the goals found. A longer search within most of the goals takes the
        // same pass, faster than a search per goal; what it finds matched the shorter search too.
        if let needle = criteria.needle, (within?.count ?? .max) > agenda.goals.count / 4 {
            let count = agenda.goals.count
            let found: [Int]
            if count >= splitScanFrom {
                let (first, second) = BothAtOnce.run(
                    { index.searchText.goals(in: 0..<(count / 2), matching: needle) },
                    { index.searchText.goals(in: (count / 2)..<count, matching: needle) })
                found = first + second
            } else {
                found = index.searchText.goals(in: 0..<count, matching: needle)
            }
            return plainFilter ? found : found.filter { matcher.matches(agenda.goals[$0]) }
        }
        let candidates = within ?? Array(agenda.goals.indices)
        func scan(_ part: ArraySlice<Int>) -> [Int] {
            part.filter { goalIndex in
                if let needle = criteria.needle, !index.matches(goalIndex, needle) { return false }
                return plainFilter || matcher.matches(agenda.goals[goalIndex])
            }
        }
        guard candidates.count >= splitScanFrom else { return scan(candidates[...]) }
        let half = candidates.count / 2
        let (first, second) = BothAtOnce.run({ scan(candidates[..<half]) }, { scan(candidates[half...]) })
        return first + second
    }

    /// The rows for a set of matching goals (nil: every goal matches). A sort other than the file's
    /// takes `sortedOrder`, every goal already in that order, and keeps the matching ones.
    public static func rows(
        _ agenda: Agenda, index: AgendaIndex, matching: [Int]?, folded: Set<String>, sort: GoalSort,
        sortedOrder: [Int]? = nil
    ) -> Result {
        if sort != .file {
            return sortedRows(agenda, matching: matching, sort: sort, sortedOrder: sortedOrder)
        }
        let count = agenda.goals.count
        let (isMatch, shown) = shownGoals(matching, count: count, index: index)
        let areas = index.areaOrder
        var areaFolded = [Bool](repeating: false, count: areas.count)
        for (position, area) in areas.enumerated() where folded.contains("area:" + area) { areaFolded[position] = true }
        let foldedGoals = Set(folded.compactMap { index.goalByID[$0] })
        let (goalRows, matchCount) = outlineRows(index, isMatch: isMatch, shown: shown, areaFolded: areaFolded,
                                                 foldedGoals: foldedGoals)
        var rows: [ListRow] = []
        rows.reserveCapacity(count + areas.count)
        for (position, area) in areas.enumerated() {
            // While filtering, areas with no match drop out; otherwise every area shows, even an empty one.
            guard matching == nil || matchCount[position] > 0 else { continue }
            rows.append(.area(id: area, matching: matchCount[position], total: index.goalsPerArea[position]))
            rows += goalRows[position]
        }
        return Result(rows: rows, matching: matching?.count ?? count)
    }

    /// A sorted list: flat, the matching goals in the sort's order.
    private static func sortedRows(_ agenda: Agenda, matching: [Int]?, sort: GoalSort, sortedOrder: [Int]?) -> Result {
        let order: [Int]
        if let sortedOrder {
            if let matching {
                var isMatch = [Bool](repeating: false, count: agenda.goals.count)
                for goalIndex in matching { isMatch[goalIndex] = true }
                order = sortedOrder.filter { isMatch[$0] }
            } else {
                order = sortedOrder
            }
        } else {
            order = sorted(matching ?? Array(agenda.goals.indices), by: sort, in: agenda)
        }
        return Result(
            rows: order.map { .goal(index: $0, depth: 0, hasChildren: false, isContext: false) },
            matching: matching?.count ?? agenda.goals.count)
    }

    /// Which goals match and which show, by position: a matching goal's ancestors show as its context.
    private static func shownGoals(_ matching: [Int]?, count: Int, index: AgendaIndex) -> (isMatch: [Bool], shown: [Bool]) {
        var isMatch = [Bool](repeating: matching == nil, count: count)
        var shown = isMatch
        guard let matching else { return (isMatch, shown) }
        for goalIndex in matching {
            isMatch[goalIndex] = true
            shown[goalIndex] = true
        }
        for goalIndex in matching {
            var parent = index.graph.parent[goalIndex]
            var steps = 0
            while parent >= 0, !shown[parent], steps < count {
                shown[parent] = true
                parent = index.graph.parent[parent]
                steps += 1
            }
        }
        return (isMatch, shown)
    }

    /// The goals' rows by area, in outline order, leaving out folded sub-trees, and the matches per area.
    /// Arrays indexed by goal and area, no hashing per goal: this runs on every keystroke of a search.
    private static func outlineRows(_ index: AgendaIndex, isMatch: [Bool], shown: [Bool], areaFolded: [Bool],
                                    foldedGoals: Set<Int>) -> (rows: [[ListRow]], matches: [Int]) {
        var goalRows = [[ListRow]](repeating: [], count: areaFolded.count)
        var matchCount = [Int](repeating: 0, count: areaFolded.count)
        var skipDeeperThan: Int?
        var currentArea = -1
        for row in index.outline {
            let goalIndex = row.index
            let area = index.areaOfGoal[goalIndex]
            if area != currentArea {
                currentArea = area
                skipDeeperThan = nil
            }
            if isMatch[goalIndex] { matchCount[area] += 1 }
            if areaFolded[area] { continue }
            if let limit = skipDeeperThan {
                if row.depth > limit { continue }
                skipDeeperThan = nil
            }
            guard shown[goalIndex] else { continue }
            let hasChildren = index.hasChildren(goalIndex)
            goalRows[area].append(
                .goal(index: goalIndex, depth: row.depth, hasChildren: hasChildren, isContext: !isMatch[goalIndex]))
            if hasChildren, !foldedGoals.isEmpty, foldedGoals.contains(goalIndex) { skipDeeperThan = row.depth }
        }
        return (goalRows, matchCount)
    }

    /// Goal indices in a sort order, stable.
    static func sorted(_ goals: [Int], by sort: GoalSort, in agenda: Agenda) -> [Int] {
        switch sort {
        case .title:
            let keys = goals.map { TextFolding.fold(agenda.goals[$0].title) }
            return goals.indices.sorted { (keys[$0], goals[$0]) < (keys[$1], goals[$1]) }.map { goals[$0] }
        default:
            // One key per goal, read once: comparing goals themselves copies them on every comparison.
            let keys = goals.map { sort.numericKey(agenda.goals[$0]) ?? 0 }
            return goals.indices.sorted { (keys[$0], goals[$0]) < (keys[$1], goals[$1]) }.map { goals[$0] }
        }
    }
}
