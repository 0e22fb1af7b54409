import AgendaLocalization
import AgendaModel
import TerminalWidgets
import TextWidth

/// The conflicts view: the open conflicts a merge left, one per line, and the selected one's two
/// values with who set them and when, below.
enum ConflictsView {
    static func draw(_ screen: AgendaScreen, _ state: ShellState, _ theme: Theme, _ buffer: inout ScreenBuffer,
                     _ layout: ScreenLayout) {
        let strings = state.strings
        let agenda = screen.agenda
        let conflicts = agenda.conflicts
        _ = SaveStatusView.draw(screen, state, theme, &buffer, layout, compact: false)
        buffer.write(" " + strings.format(.conflictsCount, conflicts.count), x: 0, y: layout.status.y,
                     style: conflicts.isEmpty ? theme.dim : theme.filterActive)
        let width = layout.header.width
        let top = layout.list.y
        if conflicts.isEmpty {
            buffer.write(strings[.conflictsNone], x: 1, y: top + 1, style: theme.dim, limit: width - 2)
            return
        }
        // Headings: the record, the field, the title; columns as wide as the rows in view need.
        let rows = ConflictsFeature.listHeight(layout)
        let visible = screen.conflicts.list.visible(height: rows, count: conflicts.count).map { conflicts[$0] }
        let idWidth = min(18, max(8, visible.map { DisplayWidth.of(subjectID($0, agenda, strings)) }.max() ?? 8))
        let fieldWidth = min(16, max(6, visible.map { DisplayWidth.of(Labels.fieldName($0.field, strings)) }.max() ?? 6))
        let titleWidth = max(0, width - idWidth - fieldWidth - 4)
        ColumnHeadings.draw([
            .init(width: idWidth, label: strings[.columnID]), .init(width: fieldWidth, label: strings[.columnField]),
            .init(width: titleWidth > 0 ? titleWidth : nil, label: strings[.columnTitle]),
        ], x: 0, y: top, theme, &buffer)
        screen.conflicts.list.draw(count: conflicts.count, in: Rect(x: 0, y: top + 1, width: width, height: rows), into: &buffer) {
            index, y, buffer in
            let conflict = conflicts[index]
            buffer.write(subjectID(conflict, agenda, strings).truncated(toWidth: idWidth).padded(toWidth: idWidth), x: 0, y: y,
                         style: theme.label)
            let field = conflict.field == conflict.subject.rawValue ? "—" : Labels.fieldName(conflict.field, strings)
            buffer.write(field.truncated(toWidth: fieldWidth).padded(toWidth: fieldWidth), x: idWidth + 2, y: y)
            if titleWidth > 0 {
                buffer.write(ConflictWords.title(conflict, agenda).truncated(toWidth: titleWidth), x: idWidth + fieldWidth + 4, y: y)
            }
        }
        drawSelected(screen, state, theme, &buffer, layout)
    }

    /// The selected conflict: what it is about, its kind, and its two sides, the one held marked.
    private static func drawSelected(_ screen: AgendaScreen, _ state: ShellState, _ theme: Theme, _ buffer: inout ScreenBuffer,
                                     _ layout: ScreenLayout) {
        let height = ConflictsFeature.detailHeight(layout)
        let agenda = screen.agenda
        guard height > 0, agenda.conflicts.indices.contains(screen.conflicts.list.selection) else { return }
        let conflict = agenda.conflicts[screen.conflicts.list.selection]
        let width = layout.header.width
        var y = layout.hints.y - height
        buffer.write(String(repeating: "─", count: width), x: 0, y: y, style: theme.separator)
        y += 1
        if height >= 6 {
            let title = ConflictWords.title(conflict, agenda)
            let heading = ConflictWords.subject(conflict, agenda, state.strings) + (title.isEmpty ? "" : " · " + title)
            buffer.write(heading, x: 1, y: y, style: theme.bold, limit: width - 2)
            y += 1
        }
        buffer.write(ConflictWords.kind(conflict, state.strings), x: 1, y: y, style: theme.dim, limit: width - 2)
        y += 1
        let held = agenda.heldValue(for: conflict)
        for side in conflict.sides.prefix(2) {
            let marker = side.value == held && conflict.field != "session" ? "▸ " : "  "
            buffer.write(marker + ConflictWords.side(side, conflict, held: held, state), x: 1, y: y,
                         style: side.value == held ? theme.bold : theme.plain, limit: width - 2)
            y += 1
        }
    }

    /// The record's id, or the agenda's name for itself: the list's first column.
    private static func subjectID(_ conflict: MergeConflict, _ agenda: Agenda, _ strings: Strings) -> String {
        switch conflict.subject {
        case .agenda: strings[.conflictTheAgenda]
        case .organization: agenda.organization(conflict.id)?.name ?? conflict.id
        case .area: agenda.area(conflict.id)?.name ?? conflict.id
        default: conflict.id
        }
    }
}
