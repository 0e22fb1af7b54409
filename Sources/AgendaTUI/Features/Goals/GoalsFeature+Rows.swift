import AgendaLocalization
import AgendaModel
import TerminalWidgets

extension GoalsFeature {
    /// Recomputes the goals list after the filters, the search, the folds or the sort changed, keeping
    /// the selection on the same row when it is still there. A search that only grows scans the goals
    /// the shorter search matched, not all of them.
    static func refreshRows(_ screen: inout AgendaScreen, keeping key: String? = nil) {
        let goals = screen.goals
        let selectedKey = key ?? goals.selectedRow.map { rowKey($0, screen.agenda) }
        let search = goals.search.text
        let criteria = GoalRows.Criteria(filter: goals.filter, search: search)
        if let shown = goals.shownCriteria, shown.filter != goals.filter || shown.search != search {
            screen.goals.keptInView = []
        }
        var matches: [Int]?
        if !criteria.isEmpty {
            var within: [Int]?
            if let last = goals.lastMatches, last.filter == goals.filter, !last.search.isEmpty,
               TextFolding.fold(search).hasPrefix(TextFolding.fold(last.search)) {
                within = last.indices
            }
            matches = GoalRows.matches(screen.agenda, index: screen.document.index, criteria: criteria, within: within)
            matches = withBodyMatches(matches ?? [], search: search, criteria, &screen)
            let kept = screen.goals.keptInView.compactMap { screen.document.index.goalByID[$0] }
            if let found = matches, kept.contains(where: { !found.contains($0) }) {
                matches = Array(Set(found).union(kept)).sorted()
            }
        }
        screen.goals.lastMatches = matches.map { (goals.filter, search, $0) }
        let sortedOrder = goals.sort == .file ? nil : screen.document.sortOrder(goals.sort)
        let result = GoalRows.rows(
            screen.agenda, index: screen.document.index, matching: matches, folded: goals.folded,
            sort: goals.sort, sortedOrder: sortedOrder)
        screen.goals.rows = result.rows
        screen.goals.matching = result.matching
        let firstMatch = result.rows.firstIndex {
            if case .goal(_, _, _, false) = $0 { return true }
            return false
        }
        // New filters, search or sort show the list from the top; folds and reloads keep the scroll.
        if let shown = goals.shownCriteria, shown.filter != goals.filter || shown.search != search || shown.sort != goals.sort {
            screen.goals.viewport.offset = 0
        }
        screen.goals.shownCriteria = (goals.filter, search, goals.sort)
        defer { screen.goals.reveal() }
        let kept = selectedKey.flatMap { row(keyed: $0, in: result.rows, screen.document.index) }
        if let kept, criteria.isEmpty || isMatchingGoal(result.rows[kept]) {
            screen.goals.selection = kept
        } else if !criteria.isEmpty, let firstMatch {
            // While filtering, the selection goes to the first match unless it is on one already.
            screen.goals.selection = firstMatch
        } else {
            screen.goals.selection = kept ?? min(goals.selection, max(0, result.rows.count - 1))
        }
    }

    /// The goals whose short texts match, with those whose descriptions or notes hold the search once
    /// they were looked in (else the loop is asked to look: `wantsBodySearch`).
    private static func withBodyMatches(_ matches: [Int], search: String, _ criteria: GoalRows.Criteria,
                                        _ screen: inout AgendaScreen) -> [Int] {
        guard !search.isEmpty else { return matches }
        let folded = TextFolding.fold(search)
        guard let body = screen.goals.bodyMatches, body.search == folded else {
            screen.goals.wantsBodySearch = folded
            return matches
        }
        let matcher = GoalFilter.Matcher(criteria.filter, agenda: screen.agenda)
        let extra = body.indices.filter { matcher.matches(screen.agenda.goals[$0]) }
        guard !extra.isEmpty else { return matches }
        return Array(Set(matches).union(extra)).sorted()
    }

    /// The search of the goals' descriptions and notes the loop should run now, if any: the goals that
    /// matched a shorter search narrow it.
    static func bodySearch(_ screen: inout AgendaScreen) -> Effect? {
        guard let search = screen.goals.wantsBodySearch else { return nil }
        screen.goals.wantsBodySearch = nil
        let among = screen.goals.bodyMatches.flatMap { search.hasPrefix($0.search) ? $0.indices : nil }
        return .searchBodies(BodySearch(search: search, index: screen.document.index, among: among))
    }

    /// The goals whose descriptions or notes hold a search: they join the list if the search is still
    /// the one shown.
    static func bodiesSearched(_ search: String, _ indices: [Int], _ screen: inout AgendaScreen) {
        guard TextFolding.fold(screen.goals.search.text) == search else { return }
        screen.goals.bodyMatches = (search, indices)
        refreshRows(&screen)
    }

    private static func isMatchingGoal(_ row: ListRow) -> Bool {
        if case .goal(_, _, _, false) = row { return true }
        return false
    }

    /// After the agenda changed: the selection stays on the same goal or area, at the same height on the
    /// screen, and the rows are those of the new version.
    static func follow(from old: Document, _ screen: inout AgendaScreen) {
        // Positions of goals may have changed: the long texts are looked in again.
        screen.goals.bodyMatches = nil
        let selectedKey = screen.goals.selectedRow.map { rowKey($0, old.agenda) }
        let line = screen.goals.selection - screen.goals.viewport.offset
        screen.goals.lastMatches = nil
        // The goal one was on stays in view though the change takes it out of the filters.
        if let selectedKey, selectedKey.hasPrefix("goal:") { screen.goals.keptInView.insert(String(selectedKey.dropFirst(5))) }
        refreshRows(&screen, keeping: selectedKey)
        screen.goals.viewport.offset = max(0, screen.goals.selection - max(0, line))
    }

    /// The position of the row a key names, comparing positions rather than building every row's key.
    private static func row(keyed key: String, in rows: [ListRow], _ index: AgendaIndex) -> Int? {
        let id = String(key.drop { $0 != ":" }.dropFirst())
        if key.hasPrefix("goal:") {
            guard let goal = index.goalByID[id] else { return nil }
            return rows.firstIndex { if case .goal(goal, _, _, _) = $0 { true } else { false } }
        }
        return rows.firstIndex { if case .area(id, _, _) = $0 { true } else { false } }
    }

    /// The id-based key of a row, stable across versions of the agenda.
    static func rowKey(_ row: ListRow, _ agenda: Agenda) -> String {
        switch row {
        case .area(let id, _, _): "area:" + id
        case .goal(let index, _, _, _): "goal:" + (agenda.goals.indices.contains(index) ? agenda.goals[index].id : "")
        }
    }

    /// The goal of the selected row, if a goal is selected.
    static func selectedGoal(_ screen: AgendaScreen) -> Goal? {
        guard case .goal(let index, _, _, _)? = screen.goals.selectedRow else { return nil }
        return screen.agenda.goals[index]
    }
}
