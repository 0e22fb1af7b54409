import AgendaLocalization
import TerminalWidgets
import TextWidth

/// A translation field: the original and the translation side by side where the screen is wide enough,
/// the original above the translation where it is not; a stale translation says what it was made from.
extension FormView {
    /// How a translation field is laid out: the widths of the original's column and of the editor, and
    /// whether they stand side by side.
    struct TranslationColumns: Equatable {
        var sideBySide: Bool
        var original: Int
        var editor: Int
    }

    /// The columns of a form's translation fields on this screen.
    static func translationColumns(_ form: FormState, _ strings: Strings, _ layout: ScreenLayout) -> TranslationColumns {
        let labelWidth = min(Self.labelWidth(form, strings), max(6, layout.body.width / 3))
        let available = max(8, layout.body.width - (1 + labelWidth) - 1)
        guard available >= 70 else { return TranslationColumns(sideBySide: false, original: available, editor: available) }
        let original = (available - 3) / 2
        return TranslationColumns(sideBySide: true, original: original, editor: available - original - 3)
    }

    /// The names of the columns of a form of translations side by side: the original's language and the
    /// translation's; nil for other forms and for translations one above the other.
    static func translationHeadings(_ form: FormState, _ columns: TranslationColumns,
                                    _ strings: Strings) -> (original: String, translation: String)? {
        guard columns.sideBySide, case .translation(let first)? = form.fields.first?.kind else { return nil }
        return (strings[.detailOriginal] + " · " + Labels.languageName(first.originalLanguage, strings),
                Labels.languageName(first.language, strings))
    }

    /// Rows a translation field takes: the original's lines (a few at most) and the editor's, one above
    /// the other or side by side, and a line for a stale one's earlier original.
    static func translationRows(_ field: TranslationField, focused: Bool, _ columns: TranslationColumns,
                                _ layout: ScreenLayout) -> Int {
        let tag = DisplayWidth.of("[" + field.originalLanguage + "] ")
        let original = min(6, TextWrap.wrap(field.original, width: max(4, columns.original - (columns.sideBySide ? 0 : tag))).count)
        let needed = field.area.layout(width: columns.editor).count + (focused ? 1 : 0)
        let editor = max(1, min(needed, focused ? max(2, min(8, layout.size.height - 12)) : 3))
        let body = columns.sideBySide ? max(original, editor) : original + editor
        return body + (field.previous != nil ? 1 : 0)
    }

    static func drawTranslation(_ field: TranslationField, focused: Bool, at place: Rect, visible area: Rect,
                                _ columns: TranslationColumns, _ strings: Strings, _ theme: Theme, _ buffer: inout ScreenBuffer) {
        let tag = "[" + field.originalLanguage + "] "
        let wrapWidth = columns.original - (columns.sideBySide ? 0 : DisplayWidth.of(tag))
        let originalLines = Array(TextWrap.wrap(field.original, width: max(4, wrapWidth)).prefix(6))
        var y = place.y
        if let previous = field.previous {
            if y >= area.y, y < area.maxY {
                let note = field.isStale ? "⚠ " + strings.format(.translationStaleFrom, previous)
                    : "✓ " + strings[field.confirmed ? .translationConfirmed : .translationRewritten]
                buffer.write(note.truncated(toWidth: place.width), x: place.x, y: y, style: field.isStale ? theme.error : theme.dim)
            }
            y += 1
        }
        for (offset, line) in originalLines.enumerated() where y + offset >= area.y && y + offset < area.maxY {
            let prefix = columns.sideBySide ? "" : (offset == 0 ? tag : String(repeating: " ", count: DisplayWidth.of(tag)))
            buffer.write(prefix + line, x: place.x, y: y + offset, style: theme.dim)
        }
        let editorX = columns.sideBySide ? place.x + columns.original + 3 : place.x
        let editorY = columns.sideBySide ? y : y + originalLines.count
        if columns.sideBySide {
            for row in 0..<max(1, place.maxY - y) where y + row >= area.y && y + row < area.maxY {
                buffer.write("│", x: place.x + columns.original + 1, y: y + row, style: theme.dim)
            }
        }
        let rows = max(1, place.maxY - editorY)
        let top = max(editorY, area.y)
        let box = Rect(x: editorX, y: top, width: columns.editor, height: max(0, min(rows - (top - editorY), area.maxY - top)))
        guard box.height > 0 else { return }
        let cursor = field.area.draw(into: &buffer, in: box, style: focused ? theme.searchField : .plain)
        if focused { buffer.cursor = cursor }
    }
}
