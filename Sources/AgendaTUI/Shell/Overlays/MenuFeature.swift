import AgendaLocalization
import TerminalWidgets

/// The keys of an open menu: moving, choosing or ticking, searching, closing. The answer goes to the
/// purpose that opened the menu.
enum MenuFeature {
    static func update(_ action: Action?, _ key: Key, _ state: inout AppState) -> [Effect] {
        guard case .menu(var menu) = state.overlay else { return [] }
        switch action {
        case .moveUp, .moveDown:
            menu.list.move(action == .moveUp ? .up : .down, count: menu.rowCount, page: 1, revealing: false)
        case .menuClose:
            state.overlay = nil
            return Answering.answer(menu.ticks ? menu.tickedAnswer : .dismissed, to: menu.purpose, reopening: .menu(menu), &state)
        case .menuToggle where menu.ticks && (menu.filter?.text ?? "").isEmpty:
            // Space ticks while nothing is typed; once a search is typed, it types a space (names have
            // spaces), and the menu's footer says so.
            menu.toggleSelected()
        case .menuChoose where menu.ticks:
            // Enter ticks the item and clears the search; on the row of a typed name, it adds it.
            if menu.isOnAddRow, let name = menu.nameToAdd {
                menu.add(name)
            } else {
                menu.tickSelected()
            }
        case .menuChoose:
            guard let item = menu.selectedItem else { break }
            state.overlay = nil
            return Answering.answer(.chosen(item), to: menu.purpose, reopening: .menu(menu), &state)
        default:
            // A searchable menu narrows as you type.
            if var filter = menu.filter, filter.handle(key) == .edited {
                menu.filter = filter
                menu.applyFilter()
                // The first match is selected, else the row that adds the typed name.
                menu.list.selection = 0
            }
        }
        state.overlay = .menu(menu)
        return []
    }
}
