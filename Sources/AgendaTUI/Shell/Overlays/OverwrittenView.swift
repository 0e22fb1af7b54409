import AgendaLocalization
import AgendaModel
import TerminalWidgets
import TextWidth

/// The changes someone else made to fields this screen changed too, in a box: both values, this
/// screen's kept.
enum OverwrittenView {
    static func draw(_ conflicts: [OverwrittenChange], _ state: ShellState, _ theme: Theme, _ buffer: inout ScreenBuffer) {
        let strings = state.strings
        let width = min(state.size.width - 2, 76)
        var lines: [(String, Style)] = []
        for line in TextWrap.wrap(strings[.conflictsIntro], width: width - 4) { lines.append((line, .plain)) }
        for conflict in conflicts {
            lines.append(("", .plain))
            lines.append((conflict.goal + " · " + EditLabels.fieldName(conflict.field, strings), theme.bold))
            for line in TextWrap.wrap(strings.format(.conflictYours, conflict.ours ?? "—"), width: width - 6) {
                lines.append(("  " + line, .plain))
            }
            let theirs = strings.format(.conflictTheirs, conflict.theirs ?? "—", conflict.theirsBy ?? "?")
            for line in TextWrap.wrap(theirs, width: width - 6) { lines.append(("  " + line, theme.dim)) }
        }
        let area = buffer.bounds.centered(width: width, height: min(state.size.height, lines.count + 3))
        let inner = Box.draw(area, title: strings[.conflictsTitle], into: &buffer, style: theme.frame)
        for (offset, line) in lines.prefix(max(0, inner.height - 1)).enumerated() {
            buffer.write(line.0, x: inner.x + 1, y: inner.y + offset, style: line.1, limit: inner.width - 2)
        }
        buffer.write(strings[.conflictsHint], x: inner.x + 1, y: inner.maxY - 1, style: theme.dim, limit: inner.width - 2)
    }
}
