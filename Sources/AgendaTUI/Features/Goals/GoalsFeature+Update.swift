import AgendaLocalization
import AgendaModel
import TerminalWidgets

extension Reducer {
    /// Keys of the goals view and of its search line.
    static func handleGoals(_ action: Action?, key: Key, _ screen: inout AgendaScreen, _ state: inout AppState) -> [Effect] {
        let layout = ScreenLayout(size: state.size)
        let height = layout.listBody.height
        if screen.goals.isSearching {
            switch action {
            case .searchKeep:
                screen.goals.isSearching = false
            case .searchClear:
                screen.goals.isSearching = false
                screen.goals.search = TextField()
                refreshRows(&screen)
            case .moveUp, .moveDown, .pageUp, .pageDown:
                if move(&screen.goals.selection, action, count: screen.goals.rows.count, page: height) {
                    screen.goals.detailScroll = 0
                }
            default:
                if screen.goals.search.handle(key) == .edited {
                    refreshRows(&screen)
                }
            }
            screen.goals.viewport.reveal(screen.goals.selection, height: height, count: screen.goals.rows.count)
            return []
        }
        if move(&screen.goals.selection, action, count: screen.goals.rows.count, page: height) {
            screen.goals.detailScroll = 0
            screen.goals.viewport.reveal(screen.goals.selection, height: height, count: screen.goals.rows.count)
            return []
        }
        switch action {
        case .edit:
            switch screen.goals.selectedRow {
            case .area(let id, _, _)?: toggleFold(&screen, "area:" + id)
            case .goal(let index, _, _, _)?:
                screen.form = GoalForm.make(screen.document.agenda.goals[index], screen.document.agenda, state.strings)
            case nil: break
            }
        case .view:
            if case .goal(let index, _, _, _)? = screen.goals.selectedRow { screen.detail = (.goal(index: index), 0) }
        case .newGoal, .newSubGoal, .setStatus, .progressUp, .progressDown, .addNote, .delete, .move, .undo, .redo, .review:
            return handleGoalEdit(action!, &screen, &state)
        case .toggleFold:
            switch screen.goals.selectedRow {
            case .area(let id, _, _)?: toggleFold(&screen, "area:" + id)
            case .goal(let index, _, true, _)?: toggleFold(&screen, screen.document.agenda.goals[index].id)
            default: break
            }
        case .unfold:
            switch screen.goals.selectedRow {
            case .area(let id, _, _)? where screen.goals.folded.contains("area:" + id): toggleFold(&screen, "area:" + id)
            case .goal(let index, _, true, _)? where screen.goals.folded.contains(screen.document.agenda.goals[index].id):
                toggleFold(&screen, screen.document.agenda.goals[index].id)
            default: break
            }
        case .foldOrParent:
            // Fold what is open; on something folded or without sub-goals, go to its parent (or area).
            switch screen.goals.selectedRow {
            case .area(let id, _, _)? where !screen.goals.folded.contains("area:" + id): toggleFold(&screen, "area:" + id)
            case .goal(let index, _, let hasChildren, _)?:
                let goal = screen.document.agenda.goals[index]
                if hasChildren, !screen.goals.folded.contains(goal.id) {
                    toggleFold(&screen, goal.id)
                } else {
                    let key = goal.parent.map { "goal:" + $0 } ?? "area:" + goal.area
                    let agenda = screen.document.agenda
                    if let row = screen.goals.rows.firstIndex(where: { rowKey($0, agenda) == key }) {
                        screen.goals.selection = row
                    }
                }
            default: break
            }
        case .foldAll:
            // Fold every area, keeping the selection on the area of what was selected.
            let agenda = screen.document.agenda
            var area: String?
            switch screen.goals.selectedRow {
            case .area(let id, _, _)?: area = id
            case .goal(let index, _, _, _)?: area = agenda.goals[index].area
            case nil: break
            }
            screen.goals.folded = Set(screen.document.index.areaOrder.map { "area:" + $0 })
            refreshRows(&screen, keeping: area.map { "area:" + $0 })
        case .unfoldAll:
            screen.goals.folded = []
            refreshRows(&screen)
        case .detailDown where layout.detail != nil:
            screen.goals.detailScroll = min(screen.goals.detailScroll + 1, maxPaneScroll(screen, state, layout))
        case .detailUp where layout.detail != nil:
            screen.goals.detailScroll = max(0, screen.goals.detailScroll - 1)
        case .search:
            screen.goals.isSearching = true
        case .filterMenu:
            state.overlay = .menu(filterFieldsMenu(screen, state.strings))
        case .sortMenu:
            state.overlay = .menu(sortMenu(screen, state.strings))
        case .clearFilters:
            guard screen.goals.isFiltered else { break }
            screen.goals.filter = GoalFilter()
            screen.goals.search = TextField()
            refreshRows(&screen)
        case .picker:
            return [.list(folder: folder(of: screen.document.path))]
        default:
            break
        }
        screen.goals.viewport.reveal(screen.goals.selection, height: height, count: screen.goals.rows.count)
        return []
    }

    /// The furthest the detail pane beside or below the list can scroll: its lines less its height.
    static func maxPaneScroll(_ screen: AgendaScreen, _ state: AppState, _ layout: ScreenLayout) -> Int {
        guard let pane = layout.detail else { return 0 }
        let theme = Theme(hasColor: state.hasColor)
        let lines: [StyledLine]
        switch screen.goals.selectedRow {
        case .goal(let index, _, _, _)?: lines = GoalDetail.lines(index, screen.document, state, theme, width: pane.width)
        case .area(let id, _, _)?: lines = AreaDetail.lines(id, screen.document, state, theme, width: pane.width)
        case nil: return 0
        }
        return max(0, lines.count - pane.height)
    }

    /// Folds or unfolds an area (`area:ID`) or a goal (its id), keeping the selection on its row.
    static func toggleFold(_ screen: inout AgendaScreen, _ key: String) {
        if screen.goals.folded.contains(key) {
            screen.goals.folded.remove(key)
        } else {
            screen.goals.folded.insert(key)
        }
        refreshRows(&screen)
    }

    /// Recomputes the goals list after the filters, the search, the folds or the sort changed, keeping
    /// the selection on the same row when it is still there. A search that only grows scans the goals
    /// the shorter search matched, not all of them.
    static func refreshRows(_ screen: inout AgendaScreen, keeping key: String? = nil) {
        let goals = screen.goals
        let selectedKey = key ?? goals.selectedRow.map { rowKey($0, screen.document.agenda) }
        let search = goals.search.text
        let criteria = GoalRows.Criteria(filter: goals.filter, search: search)
        var matches: [Int]?
        if !criteria.isEmpty {
            var within: [Int]?
            if let last = goals.lastMatches, last.filter == goals.filter, !last.search.isEmpty,
               TextFolding.fold(search).hasPrefix(TextFolding.fold(last.search)) {
                within = last.indices
            }
            matches = GoalRows.matches(screen.document.agenda, index: screen.document.index, criteria: criteria, within: within)
        }
        screen.goals.lastMatches = matches.map { (goals.filter, search, $0) }
        let sortedOrder = goals.sort == .file ? nil : screen.document.sortOrder(goals.sort)
        let result = GoalRows.rows(
            screen.document.agenda, index: screen.document.index, matching: matches, folded: goals.folded,
            sort: goals.sort, sortedOrder: sortedOrder)
        screen.goals.rows = result.rows
        screen.goals.matching = result.matching
        let firstMatch = result.rows.firstIndex {
            if case .goal(_, _, _, false) = $0 { return true }
            return false
        }
        let agenda = screen.document.agenda
        // New filters, search or sort show the list from the top; folds and reloads keep the scroll.
        if let shown = goals.shownCriteria, shown.filter != goals.filter || shown.search != search || shown.sort != goals.sort {
            screen.goals.viewport.offset = 0
        }
        screen.goals.shownCriteria = (goals.filter, search, goals.sort)
        defer {
            screen.goals.viewport.reveal(screen.goals.selection, height: screen.goals.pageHeight, count: result.rows.count)
        }
        let kept = selectedKey.flatMap { key in result.rows.firstIndex { rowKey($0, agenda) == key } }
        if let kept, criteria.isEmpty || isMatchingGoal(result.rows[kept]) {
            screen.goals.selection = kept
        } else if !criteria.isEmpty, let firstMatch {
            // While filtering, the selection goes to the first match unless it is on one already.
            screen.goals.selection = firstMatch
        } else {
            screen.goals.selection = kept ?? min(goals.selection, max(0, result.rows.count - 1))
        }
    }

    private static func isMatchingGoal(_ row: ListRow) -> Bool {
        if case .goal(_, _, _, false) = row { return true }
        return false
    }

    /// The folder an agenda file is in.
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let folder = String(path[..<slash])
        return folder.isEmpty ? "/" : folder
    }
}
