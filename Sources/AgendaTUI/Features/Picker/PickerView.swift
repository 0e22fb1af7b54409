import AgendaLocalization
import AgendaModel
import TerminalWidgets
import TextWidth

/// The agendas of a folder: title, number of goals, last change and file.
enum PickerView {
    static func draw(_ state: AppState, _ theme: Theme, _ buffer: inout ScreenBuffer, _ layout: ScreenLayout) {
        guard case .picker(let picker) = state.screen else { return }
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
        ColumnHeadings.draw([
            .init(width: titleWidth, label: strings[.columnAgenda]), .init(width: goalsWidth, label: strings[.columnGoals], right: true),
            .init(width: dateColumn, label: strings[.columnLastChange]), .init(width: fileWidth, label: strings[.columnFile]),
        ], x: list.x + 1, y: list.y, theme, &buffer)
        picker.list.draw(count: picker.entries.count, in: body, into: &buffer) { index, y, buffer in
            let entry = picker.entries[index]
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
        }
    }
}
