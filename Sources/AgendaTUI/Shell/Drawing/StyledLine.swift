import AgendaLocalization
import TerminalWidgets
import TextWidth

/// A run of text in one style.
public struct Span: Equatable, Sendable {
    public var text: String
    public var style: Style

    public init(_ text: String, _ style: Style = .plain) {
        self.text = text
        self.style = style
    }
}

/// A line of styled text, as detail panes are built before they are scrolled and drawn.
public typealias StyledLine = [Span]

extension ScreenBuffer {
    /// Draws styled lines into a rectangle, skipping the first `scroll` lines; returns the scroll used,
    /// clamped so the last line stays reachable. With `indicators`, a ▲ or ▼ in the right column says
    /// there is more above or below.
    @discardableResult
    mutating func draw(_ lines: [StyledLine], in area: Rect, scroll: Int, indicators: Style? = nil) -> Int {
        let start = min(max(0, scroll), max(0, lines.count - area.height))
        for (row, line) in lines.dropFirst(start).prefix(area.height).enumerated() {
            var x = area.x
            for span in line {
                x += write(span.text, x: x, y: area.y + row, style: span.style, limit: area.maxX - x)
            }
        }
        if let indicators, area.width > 1, area.height > 1 {
            if start > 0 { write("▲", x: area.maxX - 1, y: area.y, style: indicators) }
            if start + area.height < lines.count { write("▼", x: area.maxX - 1, y: area.maxY - 1, style: indicators) }
        }
        return start
    }
}

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

    /// A heading line.
    mutating func heading(_ text: String) {
        blank()
        lines.append([Span(text, theme.bold)])
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
