import AgendaLocalization
import AgendaModel
import TerminalWidgets
import TextWidth

/// The agendas of a folder: title, number of goals, last change and file.
enum PickerView {
    static func draw(_ picker: PickerState, _ state: AppState, _ theme: Theme, _ buffer: inout ScreenBuffer,
                     _ layout: ScreenLayout) {
        let strings = state.strings
        buffer.write(" " + strings[.viewPicker] + " · " + picker.folder, x: 0, y: layout.status.y, style: theme.dim,
                     limit: layout.status.width)
        let list = Rect(x: 0, y: layout.list.y, width: layout.header.width, height: layout.list.height
                        + (layout.detail.map { $0.height + 1 } ?? 0))
        let body = Rect(x: list.x, y: list.y + 1, width: list.width, height: list.height - 1)
        let goalsWidth = max(5, DisplayWidth.of(strings[.columnGoals]))
        let dateWidth = max(DisplayWidth.of(strings[.columnLastChange]), 13)
        var fileWidth: Int? = 28
        // The file's name shows only when the titles keep room to be read.
        if list.width - goalsWidth - dateWidth - 28 - 8 < 56 { fileWidth = nil }
        var dateColumn: Int? = dateWidth
        if list.width - goalsWidth - dateWidth - 6 < 16 { dateColumn = nil }
        let titleWidth = list.width - goalsWidth - (dateColumn.map { $0 + 2 } ?? 0) - (fileWidth.map { $0 + 2 } ?? 0) - 3
        var x = list.x + 1
        for (width, label, right) in [(Optional(titleWidth), strings[.columnAgenda], false), (goalsWidth, strings[.columnGoals], true),
                                      (dateColumn, strings[.columnLastChange], false), (fileWidth, strings[.columnFile], false)] {
            guard let width else { continue }
            buffer.write(label.padded(toWidth: width, alignment: right ? .right : .left), x: x, y: list.y, style: theme.columnHeading)
            x += width + 2
        }
        for (line, index) in picker.viewport.visible(height: body.height, count: picker.entries.count).enumerated() {
            let entry = picker.entries[index]
            let y = body.y + line
            var x = body.x + 1
            let name = (entry.path.split(separator: "/").last).map(String.init) ?? entry.path
            if let title = entry.title {
                buffer.write(title.truncated(toWidth: titleWidth), x: x, y: y)
            } else {
                buffer.write((name + ": " + (entry.problem ?? "")).truncated(toWidth: titleWidth), x: x, y: y, style: theme.error)
            }
            x += titleWidth + 2
            buffer.write((entry.title == nil ? "—" : String(entry.goals)).padded(toWidth: goalsWidth, alignment: .right), x: x, y: y)
            x += goalsWidth + 2
            if let width = dateColumn {
                if let date = entry.lastChange {
                    buffer.write(DateText.day(Day(date), strings.language), x: x, y: y, style: theme.dim, limit: width)
                }
                x += width + 2
            }
            if let width = fileWidth {
                buffer.write(name.truncated(toWidth: width), x: x, y: y, style: theme.dim)
            }
            if index == picker.selection {
                buffer.restyle(Rect(x: body.x, y: y, width: body.width, height: 1)) { $0.with(.reverse) }
            }
        }
    }
}

/// A popup menu in a frame, centred, with the current choice marked.
enum MenuView {
    static func draw(_ menu: MenuState, _ state: AppState, _ theme: Theme, _ buffer: inout ScreenBuffer) {
        var isMulti = false
        if case .formMulti = menu.purpose { isMulti = true }
        let mark: (MenuItem) -> String = { item in
            isMulti ? (item.isCurrent ? "[x] " : "[ ] ") : (item.isCurrent ? "• " : "  ")
        }
        let labels = menu.items.map { mark($0) + $0.label }
        let hint = menu.filter == nil ? state.strings[.menuHint] : isMulti ? state.strings[.menuMultiHint] : state.strings[.menuSearchHint]
        let searchRows = menu.filter == nil ? 0 : 1
        let widest = max(DisplayWidth.of(menu.title) + 4, labels.map { DisplayWidth.of($0) }.max() ?? 10, DisplayWidth.of(hint))
        let contentWidth = min(max(widest, menu.filter == nil ? 0 : 40), state.size.width - 4)
        let height = min(menu.allItems.count + 3 + searchRows + (isMulti ? 1 : 0), state.size.height)
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
        if menu.items.isEmpty, let typed = menu.filter?.text, !typed.isEmpty {
            let text = isMulti ? state.strings.format(.menuAddNew, typed) : state.strings[.menuNoMatch]
            buffer.write(text, x: inner.x + 1, y: top, style: isMulti ? theme.bold : theme.dim, limit: inner.width - 2)
            if isMulti { buffer.restyle(Rect(x: inner.x, y: top, width: inner.width, height: 1)) { $0.with(.reverse) } }
        }
        var viewport = menu.viewport
        viewport.reveal(menu.selection, height: listHeight, count: menu.items.count)
        for (line, index) in viewport.visible(height: listHeight, count: menu.items.count).enumerated() {
            let y = top + line
            buffer.write(labels[index].truncated(toWidth: inner.width - 2), x: inner.x + 1, y: y)
            if index == menu.selection {
                buffer.restyle(Rect(x: inner.x, y: y, width: inner.width, height: 1)) { $0.with(.reverse) }
            }
        }
        buffer.write(hint, x: inner.x + 1, y: inner.maxY - 1, style: theme.dim, limit: inner.width - 2)
    }
}
