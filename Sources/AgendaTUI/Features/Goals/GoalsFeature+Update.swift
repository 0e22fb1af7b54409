import AgendaLocalization
import AgendaModel
import TerminalWidgets

extension GoalsFeature {
    /// Keys of the goals view and of its search line.
    static func update(_ action: Action?, _ key: Key, _ screen: inout AgendaScreen, _ state: inout ShellState) -> [Effect] {
        let height = state.layout.listBody.height
        if screen.goals.isSearching {
            search(action, key, &screen)
            screen.goals.list.reveal(height: height, count: screen.goals.rows.count)
            return []
        }
        if let movement = action?.listMovement {
            if screen.goals.list.move(movement, count: screen.goals.rows.count, page: height) { screen.goals.detailScroll = 0 }
            return []
        }
        if let effects = AreasFeature.update(action, &screen, &state) { return effects }
        if let action, let effects = edit(action, &screen, &state) { return effects }
        switch action {
        case .open, .edit:
            switch screen.goals.selectedRow {
            case .area(let id, _, _)?: toggleFold(&screen, "area:" + id)
            case .goal(let index, _, _, _)?: screen.open(GoalForm.make(screen.agenda.goals[index], screen.agenda, state.strings))
            case nil: break
            }
        case .translate:
            if case .goal(let index, _, _, _)? = screen.goals.selectedRow {
                let id = screen.agenda.goals[index].id
                TranslationsFeature.open([.goal(id, field: "title"), .goal(id, field: "description")], name: id, &screen, &state)
            }
        case .view:
            if case .goal(let index, _, _, _)? = screen.goals.selectedRow { screen.mode = .detail(DetailState(target: .goal(index: index))) }
        case .toggleFold, .unfold, .foldOrParent, .foldAll, .unfoldAll:
            fold(action!, &screen)
        case .detailDown where state.layout.detail != nil:
            screen.goals.detailScroll = min(screen.goals.detailScroll + 1, state.scrollLimit(.detailPane) ?? .max)
        case .detailUp where state.layout.detail != nil:
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
        default:
            break
        }
        screen.goals.list.reveal(height: height, count: screen.goals.rows.count)
        return []
    }

    /// Keys of the open search line: Enter keeps the search, Escape clears it, arrows move in the list,
    /// the rest edits the search text, narrowing the list as it is typed.
    private static func search(_ action: Action?, _ key: Key, _ screen: inout AgendaScreen) {
        switch action {
        case .searchKeep:
            screen.goals.isSearching = false
        case .searchClear:
            screen.goals.isSearching = false
            screen.goals.search = TextField()
            refreshRows(&screen)
        case .moveUp, .moveDown, .pageUp, .pageDown:
            if screen.goals.list.move(action!.listMovement!, count: screen.goals.rows.count, page: screen.goals.pageHeight) {
                screen.goals.detailScroll = 0
            }
        default:
            if screen.goals.search.handle(key) == .edited {
                refreshRows(&screen)
            }
        }
    }

    /// After a resize: the list's page is the new height, and the selection stays in view.
    static func resized(_ layout: ScreenLayout, _ screen: inout AgendaScreen) {
        screen.goals.pageHeight = layout.listBody.height
        screen.goals.reveal()
    }
}
