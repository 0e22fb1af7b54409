import TextWidth

/// A key and what it does, as the key-hint bar and the help overlay show it.
public struct KeyHint: Equatable, Sendable {
    /// The keys, as shown: `j/↓`.
    public var keys: String
    /// What they do, in the interface's language.
    public var text: String

    public init(keys: String, text: String) {
        self.keys = keys
        self.text = text
    }
}

/// The bottom line of every screen: the keys that work there, as many as fit.
public enum KeyHintBar {
    /// Draws the hints in order on one row, dropping the ones that do not fit whole; the pinned hints
    /// (help, quit) always show, at the end.
    public static func draw(_ hints: [KeyHint], pinned: [KeyHint] = [], into buffer: inout ScreenBuffer, row: Int, x: Int = 0,
                            width: Int, keyStyle: Style, textStyle: Style) {
        buffer.fill(Rect(x: x, y: row, width: width, height: 1), style: textStyle)
        let reserved = pinned.reduce(0) { $0 + DisplayWidth.of($1.keys) + 1 + DisplayWidth.of($1.text) + 2 }
        var column = x
        var limit = x + max(0, width - reserved)
        for hint in hints + pinned {
            if hint == pinned.first { limit = x + width }
            let needed = DisplayWidth.of(hint.keys) + 1 + DisplayWidth.of(hint.text) + (column > x ? 2 : 0)
            if column + needed > limit { continue }
            if column > x { column += 2 }
            column += buffer.write(hint.keys, x: column, y: row, style: keyStyle)
            column += buffer.write(" " + hint.text, x: column, y: row, style: textStyle)
        }
    }
}

/// A full-screen list of every key of a screen with what it does, in two columns; a text too long for
/// its column wraps onto the lines below it.
public enum HelpOverlay {
    /// One line of the help: a section heading, or keys (empty on a wrapped line) and text.
    struct Line {
        var keys: String
        var text: String
        var isHeading: Bool
    }

    /// The number of lines the help of these sections takes in a frame of `area`.
    public static func lineCount(_ sections: [(heading: String, hints: [KeyHint])], area: Rect) -> Int {
        layout(sections, innerWidth: area.width - 2).lines.count
    }

    /// The lines of the help for the frame's inner width, and the width of the keys' column.
    static func layout(_ sections: [(heading: String, hints: [KeyHint])], innerWidth: Int) -> (lines: [Line], keyWidth: Int) {
        let keyWidth = min(max(8, innerWidth / 3), sections.flatMap(\.hints).map { DisplayWidth.of($0.keys) }.max() ?? 0)
        let textWidth = max(1, innerWidth - keyWidth - 5)
        var lines: [Line] = []
        for section in sections {
            if !lines.isEmpty { lines.append(Line(keys: "", text: "", isHeading: false)) }
            lines.append(Line(keys: section.heading, text: "", isHeading: true))
            for hint in section.hints {
                for (index, part) in TextWrap.wrap(hint.text, width: textWidth).enumerated() {
                    lines.append(Line(keys: index == 0 ? hint.keys : "", text: part, isHeading: false))
                }
            }
        }
        return (lines, keyWidth)
    }

    /// Draws the help in a frame over `area`; `scroll` skips lines when the list is longer than the frame,
    /// and ▲ ▼ say there is more.
    public static func draw(title: String, sections: [(heading: String, hints: [KeyHint])], footer: String,
                            into buffer: inout ScreenBuffer, area: Rect, scroll: Int = 0, style: Style, keyStyle: Style,
                            headingStyle: Style) {
        let inner = Box.draw(area, title: title, into: &buffer, style: style)
        guard inner.height > 0 else { return }
        let (lines, keyWidth) = layout(sections, innerWidth: inner.width)
        let bodyHeight = max(0, inner.height - 1)
        let start = min(max(0, scroll), max(0, lines.count - bodyHeight))
        if start > 0 { buffer.write("▲", x: inner.maxX - 1, y: inner.y, style: style.with(.dim)) }
        if start + bodyHeight < lines.count {
            buffer.write("▼", x: inner.maxX - 1, y: inner.y + bodyHeight - 1, style: style.with(.dim))
        }
        for (row, line) in lines.dropFirst(start).prefix(bodyHeight).enumerated() {
            let y = inner.y + row
            if line.isHeading {
                buffer.write(line.keys, x: inner.x + 1, y: y, style: headingStyle, limit: inner.width - 2)
            } else {
                buffer.write(line.keys.padded(toWidth: keyWidth), x: inner.x + 1, y: y, style: keyStyle, limit: inner.width - 3)
                buffer.write(line.text.truncated(toWidth: max(0, inner.width - keyWidth - 5)), x: inner.x + 3 + keyWidth, y: y,
                             style: style)
            }
        }
        buffer.write(footer, x: inner.x + 1, y: inner.maxY - 1, style: style.with(.dim), limit: inner.width - 2)
    }
}
