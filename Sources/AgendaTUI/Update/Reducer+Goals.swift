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
        case .open:
            switch screen.goals.selectedRow {
            case .area(let id, _, _)?: toggleFold(&screen, "area:" + id)
            case .goal(let index, _, _, _)?: screen.detail = (.goal(index: index), 0)
            case nil: break
            }
        case .toggleFold:
            switch screen.goals.selectedRow {
            case .area(let id, _, _)?: toggleFold(&screen, "area:" + id)
            case .goal(let index, _, true, _)?: toggleFold(&screen, screen.document.agenda.goals[index].id)
            default: break
            }
        case .foldAll:
            screen.goals.folded = Set(screen.document.agenda.areas.map { "area:" + $0.id })
            refreshRows(&screen)
        case .unfoldAll:
            screen.goals.folded = []
            refreshRows(&screen)
        case .detailDown:
            screen.goals.detailScroll += 1
        case .detailUp:
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
        case .nextView, .showOrganizations:
            screen.view = .organizations
        case .picker:
            return [.list(folder: folder(of: screen.document.path))]
        default:
            break
        }
        screen.goals.viewport.reveal(screen.goals.selection, height: height, count: screen.goals.rows.count)
        return []
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
    static func refreshRows(_ screen: inout AgendaScreen) {
        let goals = screen.goals
        let selectedKey = goals.selectedRow?.key
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
        let result = GoalRows.rows(
            screen.document.agenda, index: screen.document.index, matching: matches, folded: goals.folded,
            sort: goals.sort)
        screen.goals.rows = result.rows
        screen.goals.matching = result.matching
        let firstMatch = result.rows.firstIndex {
            if case .goal(_, _, _, false) = $0 { return true }
            return false
        }
        let kept = selectedKey.flatMap { key in result.rows.firstIndex { $0.key == key } }
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
