import AgendaLocalization
import TerminalWidgets
import TextWidth

/// A popup menu in a frame, centred, with the current choice marked.
enum MenuView {
    static func draw(_ menu: MenuState, _ state: ShellState, _ theme: Theme, _ buffer: inout ScreenBuffer) {
        let isMulti = menu.ticks
        let mark: (MenuItem) -> String = { item in
            isMulti ? (item.isCurrent ? "[x] " : "[ ] ") : (item.isCurrent ? "• " : "  ")
        }
        let adding = menu.nameToAdd.map { state.strings.format(.menuAddNew, $0) }
        let labels = menu.items.map { mark($0) + $0.label } + (adding.map { [$0] } ?? [])
        let typed = !(menu.filter?.text.isEmpty ?? true)
        let hint = state.strings[menu.filter == nil ? .menuHint : !menu.ticks ? .menuSearchHint
            : typed ? .menuMultiHintTyped : .menuMultiHint]
        let searchRows = menu.filter == nil ? 0 : 1
        let widest = max(DisplayWidth.of(menu.title) + 4, labels.map { DisplayWidth.of($0) }.max() ?? 10, DisplayWidth.of(hint))
        let contentWidth = min(max(widest, menu.filter == nil ? 0 : 40), state.size.width - 4)
        let height = min(menu.allItems.count + 3 + searchRows + (menu.ticks ? 1 : 0), state.size.height)
        let area = buffer.bounds.centered(width: contentWidth + 4, height: max(height, 5 + searchRows))
        let inner = Box.draw(area, title: menu.title, into: &buffer, style: theme.frame)
        if let filter = menu.filter {
            let label = "/ "
            let x = inner.x + 1 + buffer.write(label, x: inner.x + 1, y: inner.y, style: theme.dim)
            let cursor = filter.draw(into: &buffer, x: x, y: inner.y, width: max(1, inner.width - 4), style: theme.searchField)
            buffer.cursor = (cursor, inner.y)
        }
        let top = inner.y + searchRows
        let listHeight = max(0, inner.height - 1 - searchRows)
        if labels.isEmpty, typed {
            buffer.write(state.strings[.menuNoMatch], x: inner.x + 1, y: top, style: theme.dim, limit: inner.width - 2)
        }
        // The window is known only now: the selection is revealed in it as it is drawn.
        var list = menu.list
        list.reveal(height: listHeight, count: labels.count)
        list.draw(count: labels.count, in: Rect(x: inner.x, y: top, width: inner.width, height: listHeight), into: &buffer) {
            index, y, buffer in
            let isAddRow = adding != nil && index == labels.count - 1
            buffer.write(labels[index].truncated(toWidth: inner.width - 2), x: inner.x + 1, y: y, style: isAddRow ? theme.bold : .plain)
        }
        buffer.write(hint.truncated(toWidth: inner.width - 2), x: inner.x + 1, y: inner.maxY - 1, style: theme.dim)
    }
}
