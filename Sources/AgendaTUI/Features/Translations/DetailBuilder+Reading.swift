import AgendaLocalization
import TerminalWidgets

extension DetailBuilder {
    /// A text as the reader reads it, with its mark; when a translation shows, its original follows,
    /// dim, with the original's language, so that the reader can check it.
    mutating func reading(_ shown: (text: String, mark: String?), original: String, _ reading: Reading, style: Style = .plain) {
        paragraph(Reading.joined(shown), style: style)
        guard shown.text != original || shown.mark == reading.strings[.markStale] else { return }
        paragraph("[" + (reading.original ?? "?") + "] " + original, indent: 2, style: theme.dim)
    }
}
