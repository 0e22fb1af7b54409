import AgendaLocalization
import AgendaModel
import TerminalWidgets
import TextWidth

/// A form on the whole screen: one field per line (a multi-line field takes several), the focused one
/// marked, each problem beside its field.
enum FormView {
    /// Rows a multi-line field takes: what its text needs, up to a few rows; more while it has the focus.
    static func multilineRows(_ area: TextArea, focused: Bool, _ size: Size) -> Int {
        let needed = area.layout(width: textWidth(size)).count
        let most = focused ? max(2, min(8, size.height - 12)) : max(1, min(3, size.height - 12))
        return max(1, min(needed + (focused ? 1 : 0), most))
    }

    /// The width of the label column.
    static func labelWidth(_ form: FormState, _ strings: Strings) -> Int {
        min(16, form.fields.map { DisplayWidth.of(strings[$0.label]) }.max() ?? 10) + 2
    }

    /// The width text gets in a field, for wrapping and moving by line.
    static func textWidth(_ size: Size) -> Int {
        max(8, size.width - 2 - min(18, size.width / 3))
    }

    static func draw(_ form: FormState, _ state: AppState, _ theme: Theme, _ buffer: inout ScreenBuffer,
                     _ layout: ScreenLayout) {
        let strings = state.strings
        let body = layout.body
        buffer.write((" " + form.title).truncated(toWidth: body.width), x: 0, y: body.y, style: theme.bold)
        let labelWidth = min(labelWidth(form, strings), max(6, body.width / 3))
        let valueX = 1 + labelWidth
        let valueWidth = max(4, min(body.width - valueX - 1, textWidth(state.size)))
        // Lay the fields out, then scroll so the focused one shows.
        var rows: [(field: Int, height: Int)] = []
        for (index, field) in form.fields.enumerated() {
            var height = 1
            if case .multiline(let text) = field.kind { height = multilineRows(text, focused: index == form.focus, state.size) }
            if field.problem != nil { height += 1 }
            rows.append((index, height))
        }
        let area = Rect(x: 0, y: body.y + 1, width: body.width, height: body.height - 1)
        var top = 0
        var focusTop = 0
        for row in rows where row.field < form.focus { focusTop += row.height }
        let focusHeight = rows[form.focus].height
        if focusTop + focusHeight > area.height { top = focusTop + focusHeight - area.height }
        var y = area.y - top
        for (index, field) in form.fields.enumerated() {
            let height = rows[index].height
            defer { y += height }
            guard y + height > area.y, y < area.maxY else { continue }
            let focused = index == form.focus
            let label = (strings[field.label] + ":").truncated(toWidth: labelWidth - 1)
            if y >= area.y {
                buffer.write((focused ? "›" : " ") + label, x: 0, y: y, style: focused ? theme.bold : theme.label)
            }
            let valueStyle = focused ? theme.searchField : Style.plain
            switch field.kind {
            case .text(let text):
                guard y >= area.y else { break }
                if focused {
                    let cursor = text.draw(into: &buffer, x: valueX, y: y, width: valueWidth, style: valueStyle)
                    buffer.cursor = (cursor, y)
                } else {
                    buffer.write(text.text.truncated(toWidth: valueWidth), x: valueX, y: y)
                }
            case .multiline(let text):
                let boxHeight = multilineRows(text, focused: focused, state.size)
                let visibleTop = max(y, area.y)
                let box = Rect(x: valueX, y: visibleTop, width: valueWidth, height: min(boxHeight - (visibleTop - y), area.maxY - visibleTop))
                let cursor = text.draw(into: &buffer, in: box, style: focused ? valueStyle : .plain)
                if focused { buffer.cursor = cursor }
            case .choice, .multi:
                guard y >= area.y else { break }
                let shown = field.display.isEmpty ? strings[.detailNone] : field.display
                let x = valueX + buffer.write((shown + " ▾").truncated(toWidth: valueWidth), x: valueX, y: y, style: valueStyle)
                // The focused list says how it is chosen, where there is room.
                let hint = "  " + strings[field.kind.isChoice ? .formChoiceHint : .formMultiHint]
                if focused, x + DisplayWidth.of(hint) <= valueX + valueWidth {
                    buffer.write(hint, x: x, y: y, style: theme.dim)
                }
            }
            if let problem = field.problem {
                let problemY = y + height - 1
                if problemY >= area.y, problemY < area.maxY {
                    buffer.write("⚠ " + problem, x: valueX, y: problemY, style: theme.error, limit: valueWidth)
                }
            }
        }
    }
}

/// The prompt, confirmation and conflict boxes drawn over the screen.
enum PromptView {
    /// The width of a prompt's text.
    static func textWidth(_ size: Size) -> Int {
        max(10, min(size.width - 6, 70))
    }

    static func draw(_ prompt: PromptState, _ state: AppState, _ theme: Theme, _ buffer: inout ScreenBuffer) {
        let width = textWidth(state.size)
        let lines = prompt.isMultiline ? max(3, min(8, state.size.height - 8)) : 1
        let area = buffer.bounds.centered(width: width + 4, height: lines + 4)
        let inner = Box.draw(area, title: prompt.title, into: &buffer, style: theme.frame)
        guard inner.height >= 2 else { return }
        let field = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: min(lines, inner.height - 1))
        buffer.cursor = prompt.text.draw(into: &buffer, in: field, style: theme.searchField)
        let hint = prompt.isMultiline ? state.strings[.promptNoteHint]
            : prompt.isFilter ? state.strings[.promptFilterHint] : state.strings[.promptHint]
        buffer.write(hint, x: inner.x + 1, y: inner.maxY - 1, style: theme.dim, limit: inner.width - 2)
        // Completions show over the frame's bottom edge, below the text.
        for (offset, suggestion) in prompt.suggestions.enumerated() where area.maxY + offset < state.size.height - 1 {
            let line = (offset == 0 ? " ⇥ " : "   ") + suggestion + " "
            buffer.write(line.truncated(toWidth: area.width), x: area.x + 2, y: area.maxY + offset,
                         style: offset == 0 ? theme.bold.with(.reverse) : Style(attributes: .reverse))
        }
    }

    static func draw(_ confirm: ConfirmState, _ state: AppState, _ theme: Theme, _ buffer: inout ScreenBuffer) {
        let width = min(state.size.width - 2, max(40, (confirm.lines + [confirm.title]).map { DisplayWidth.of($0) }.max() ?? 40) + 4)
        var wrapped: [String] = []
        for line in confirm.lines { wrapped += TextWrap.wrap(line, width: max(4, width - 4)) }
        let area = buffer.bounds.centered(width: width, height: wrapped.count + 4)
        let inner = Box.draw(area, title: confirm.title, into: &buffer, style: theme.frame)
        for (offset, line) in wrapped.prefix(max(0, inner.height - 1)).enumerated() {
            buffer.write(line, x: inner.x + 1, y: inner.y + offset, style: offset == 0 ? theme.bold : .plain, limit: inner.width - 2)
        }
        buffer.write(state.strings[.confirmHint], x: inner.x + 1, y: inner.maxY - 1, style: theme.dim, limit: inner.width - 2)
    }

    static func draw(_ conflicts: [OverwrittenChange], _ state: AppState, _ theme: Theme, _ buffer: inout ScreenBuffer) {
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
