import TerminalWidgets
import TextWidth

/// Builds detail texts: labelled fields and wrapped paragraphs, fitted to a width.
struct DetailBuilder {
    let width: Int
    let theme: Theme
    private(set) var lines: [StyledLine] = []

    init(width: Int, theme: Theme) {
        self.width = max(1, width)
        self.theme = theme
    }

    mutating func blank() {
        if let last = lines.last, !last.isEmpty { lines.append([]) }
    }

    /// A heading, wrapped when it is wider than the text.
    mutating func heading(_ text: String) {
        blank()
        for line in TextWrap.wrap(text, width: width) { lines.append([Span(line, theme.bold)]) }
    }

    /// Wrapped text, each line indented.
    mutating func paragraph(_ text: String, indent: Int = 0, style: Style = .plain) {
        let pad = String(repeating: " ", count: indent)
        for line in TextWrap.wrap(text, width: max(1, width - indent)) {
            lines.append([Span(pad + line, style)])
        }
    }

    /// `Label:  value` with the value wrapped under itself.
    mutating func field(_ label: String, _ value: [Span], labelWidth: Int) {
        let text = value.map(\.text).joined()
        let valueWidth = max(1, width - labelWidth - 2)
        let wrapped = TextWrap.wrap(text, width: valueWidth)
        let labelCell = Span((label + ":").padded(toWidth: labelWidth + 2), theme.label)
        if wrapped.count <= 1 && DisplayWidth.of(text) <= valueWidth {
            lines.append([labelCell] + value)
            return
        }
        let style = value.first?.style ?? .plain
        for (index, line) in wrapped.enumerated() {
            lines.append([index == 0 ? labelCell : Span(String(repeating: " ", count: labelWidth + 2)), Span(line, style)])
        }
    }

    /// A line as given (cut at the width when drawn).
    mutating func line(_ spans: [Span]) {
        lines.append(spans)
    }
}
