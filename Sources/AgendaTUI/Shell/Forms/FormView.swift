import AgendaLocalization
import AgendaModel
import TerminalWidgets
import TextWidth

/// A form on the whole screen: one field per line (a multi-line field takes several), the focused one
/// marked, each problem beside its field.
enum FormView {
    /// Rows a multi-line field takes: what its text needs, up to a few rows; more while it has the focus.
    static func multilineRows(_ area: TextArea, focused: Bool, _ layout: ScreenLayout) -> Int {
        let size = layout.size
        let needed = area.layout(width: layout.formTextWidth).count
        let most = focused ? max(2, min(8, size.height - 12)) : max(1, min(3, size.height - 12))
        return max(1, min(needed + (focused ? 1 : 0), most))
    }

    /// The width a form gives a one-line field's text.
    static func textWidth(_ form: FormState, _ strings: Strings, _ layout: ScreenLayout) -> Int {
        let labelWidth = min(labelWidth(form, strings), max(6, layout.body.width / 3))
        return max(4, min(layout.body.width - (1 + labelWidth) - 1, layout.formTextWidth))
    }

    /// The width of the label column.
    static func labelWidth(_ form: FormState, _ strings: Strings) -> Int {
        min(16, form.fields.map { DisplayWidth.of(strings[$0.label]) }.max() ?? 10) + 2
    }

    static func draw(_ screen: AgendaScreen, _ state: ShellState, _ theme: Theme, _ buffer: inout ScreenBuffer,
                     _ layout: ScreenLayout) {
        guard let form = screen.form else { return }
        let strings = state.strings
        let body = layout.body
        buffer.write((" " + form.title).truncated(toWidth: body.width), x: 0, y: body.y, style: theme.bold)
        let labelWidth = min(labelWidth(form, strings), max(6, body.width / 3))
        let translation = translationColumns(form, strings, layout)
        let valueX = 1 + labelWidth
        let valueWidth = max(4, min(body.width - valueX - 1, layout.formTextWidth))
        // Lay the fields out, then scroll so the focused one shows.
        let heights = form.fields.enumerated().map { index, field in
            var height = 1
            if case .multiline(let text) = field.kind { height = multilineRows(text, focused: index == form.focus, layout) }
            if case .translation(let text) = field.kind {
                height = translationRows(text, focused: index == form.focus, translation, layout)
            }
            return field.problem == nil ? height : height + 1
        }
        // Translations side by side have their columns named on a line of their own.
        let headings = translationHeadings(form, translation, strings)
        if let headings {
            buffer.write(headings.original.truncated(toWidth: translation.original), x: valueX, y: body.y + 1, style: theme.columnHeading)
            buffer.write(headings.translation.truncated(toWidth: translation.editor), x: valueX + translation.original + 3,
                         y: body.y + 1, style: theme.columnHeading)
        }
        let top = headings == nil ? 1 : 2
        let area = Rect(x: 0, y: body.y + top, width: body.width, height: body.height - top)
        let focusTop = heights.prefix(form.focus).reduce(0, +)
        let scroll = max(0, focusTop + heights[form.focus] - area.height)
        var y = area.y - scroll
        for (index, field) in form.fields.enumerated() {
            let height = heights[index]
            defer { y += height }
            guard y + height > area.y, y < area.maxY else { continue }
            let focused = index == form.focus
            let label = (strings[field.label] + ":").truncated(toWidth: labelWidth - 1)
            if y >= area.y {
                buffer.write((focused ? "›" : " ") + label, x: 0, y: y, style: focused ? theme.bold : theme.label)
            }
            let place = Rect(x: valueX, y: y, width: valueWidth, height: height)
            drawValue(field, focused: focused, typedInFocus: form.typedInFocus, at: place, visible: area, translation, strings,
                      theme, &buffer, layout)
            if let problem = field.problem, y + height - 1 >= area.y, y + height - 1 < area.maxY {
                buffer.write("⚠ " + problem, x: valueX, y: y + height - 1, style: theme.error, limit: valueWidth)
            }
        }
    }

    /// A field's value at its place (which may start above the visible area, for a multi-line field).
    private static func drawValue(_ field: FormField, focused: Bool, typedInFocus: Bool, at place: Rect, visible area: Rect,
                                  _ translation: TranslationColumns, _ strings: Strings,
                                  _ theme: Theme, _ buffer: inout ScreenBuffer, _ layout: ScreenLayout) {
        let (x, y, width) = (place.x, place.y, place.width)
        let valueStyle = focused ? theme.searchField : Style.plain
        switch field.kind {
        case .text(var text):
            guard y >= area.y else { break }
            if focused, !typedInFocus { text = text.showingStart(width: width) }
            if focused {
                let cursor = text.draw(into: &buffer, x: x, y: y, width: width, style: valueStyle)
                buffer.cursor = (cursor, y)
            } else {
                buffer.write(text.text.truncated(toWidth: width), x: x, y: y)
            }
            // A day says how it was read, in the language's words, where there is room after it.
            if field.isDate, let day = DateReading.day(text.text, strings.language) {
                let shown = " → " + DateText.day(day, strings.language)
                let end = x + DisplayWidth.of(text.text) + 1
                if end + DisplayWidth.of(shown) <= x + width { buffer.write(shown, x: end, y: y, style: theme.dim) }
            }
        case .multiline(let text):
            let boxHeight = multilineRows(text, focused: focused, layout)
            let visibleTop = max(y, area.y)
            let box = Rect(x: x, y: visibleTop, width: width, height: min(boxHeight - (visibleTop - y), area.maxY - visibleTop))
            let cursor = text.draw(into: &buffer, in: box, style: focused ? valueStyle : .plain)
            if focused { buffer.cursor = cursor }
        case .translation(let text):
            drawTranslation(text, focused: focused, at: place, visible: area, translation, strings, theme, &buffer)
        case .choice, .multi:
            guard y >= area.y else { break }
            let shown = field.display.isEmpty ? "—" : field.display
            let end = x + buffer.write((shown + " ▾").truncated(toWidth: width), x: x, y: y, style: valueStyle)
            // The focused list says how it is chosen, where there is room.
            let hint = "  " + strings[field.kind.isChoice ? .formChoiceHint : .formMultiHint]
            if focused, end + DisplayWidth.of(hint) <= x + width {
                buffer.write(hint, x: end, y: y, style: theme.dim)
            }
        }
    }
}
