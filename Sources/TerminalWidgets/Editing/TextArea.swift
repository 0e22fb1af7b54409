import TextWidth

/// A multi-line text field edited by grapheme cluster, with soft wrapping for display.
///
/// Keys: the editing keys of `TextEditor` (characters, ←/→, Backspace, Delete, Ctrl-W, and Ctrl-U and
/// Ctrl-K within the line of text); Enter inserts a line break; ↑/↓ move by displayed line; Home/End and
/// Ctrl-A/Ctrl-E go to the start and end of the displayed line. Pasted text keeps its line breaks.
public struct TextArea: Equatable, Sendable {
    /// The text and cursor, edited as every field edits them.
    public private(set) var editor: TextEditor

    public init(_ text: String = "") {
        editor = TextEditor(text.replacingLineEnds())
    }

    /// The text as grapheme clusters; line breaks are `"\n"` characters.
    public var characters: [Character] { editor.characters }
    /// The cursor, in characters from the start (0...count).
    public var cursor: Int { editor.cursor }
    /// The text, with `\n` line breaks.
    public var text: String { editor.text }

    /// Applies a key; the width is the one the area is displayed at, for ↑/↓ and Home/End. Besides the
    /// editing keys every field shares (see `TextEditor`): Enter breaks the line, ↑/↓ move by displayed
    /// line, Home/End (Ctrl-A/Ctrl-E) go to the start and end of the displayed line.
    @discardableResult
    public mutating func handle(_ key: Key, width: Int) -> TextEditOutcome {
        switch key {
        case .character(let character):
            insert(String(character))
            return .edited
        case .enter:
            insert("\n")
            return .edited
        case .up, .down:
            let lines = layout(width: width)
            let (row, column) = position(in: lines)
            let target = key == .up ? row - 1 : row + 1
            guard lines.indices.contains(target) else {
                return editor.moveCursor(to: key == .up ? 0 : characters.count)
            }
            return editor.moveCursor(to: offset(atRow: target, column: column, in: lines))
        case .home, .control("a"):
            let lines = layout(width: width)
            return editor.moveCursor(to: lines[position(in: lines).row].start)
        case .end, .control("e"):
            let lines = layout(width: width)
            return editor.moveCursor(to: lines[position(in: lines).row].end)
        default:
            return editor.handleEditingKey(key) ?? .ignored
        }
    }

    /// Inserts text at the cursor, keeping its line breaks (CRLF and CR become LF).
    public mutating func insert(_ text: String) {
        editor.insert(Array(text.replacingLineEnds()))
    }

    /// One displayed line: the characters from `start` to `end` (exclusive, without the break).
    public struct Line: Equatable, Sendable {
        public var start: Int
        public var end: Int
    }

    /// The text broken into displayed lines of at most `width` columns: at line breaks, and at spaces
    /// (or inside a word too long for a line) where a line is too long.
    public func layout(width: Int) -> [Line] {
        let width = max(1, width)
        var lines: [Line] = []
        var start = 0
        var index = 0
        var used = 0
        var lastSpace: Int?
        while index < characters.count {
            let character = characters[index]
            if character == "\n" {
                lines.append(Line(start: start, end: index))
                index += 1
                start = index
                used = 0
                lastSpace = nil
                continue
            }
            let w = DisplayWidth.of(character)
            if used + w > width, index > start {
                if let space = lastSpace, space > start {
                    lines.append(Line(start: start, end: space + 1))
                    start = space + 1
                } else {
                    lines.append(Line(start: start, end: index))
                    start = index
                }
                used = characters[start..<index].reduce(0) { $0 + DisplayWidth.of($1) }
                lastSpace = nil
                continue
            }
            if character == " " { lastSpace = index }
            used += w
            index += 1
        }
        lines.append(Line(start: start, end: characters.count))
        return lines
    }

    /// The cursor's displayed row and column (in columns) for a layout.
    public func position(in lines: [Line]) -> (row: Int, column: Int) {
        for (row, line) in lines.enumerated() {
            let isLast = row == lines.count - 1
            if cursor >= line.start && (cursor < line.end || (cursor == line.end && (isLast || lines[row + 1].start > line.end))) {
                let column = characters[line.start..<cursor].reduce(0) { $0 + DisplayWidth.of($1) }
                return (row, column)
            }
        }
        let last = lines.count - 1
        return (last, characters[lines[last].start..<min(cursor, lines[last].end)].reduce(0) { $0 + DisplayWidth.of($1) })
    }

    private func offset(atRow row: Int, column: Int, in lines: [Line]) -> Int {
        let line = lines[row]
        var used = 0
        var index = line.start
        while index < line.end {
            let w = DisplayWidth.of(characters[index])
            if used + w > column { break }
            used += w
            index += 1
        }
        return index
    }

    /// Draws the area in a rectangle, scrolled so the cursor's line shows; returns the cursor's cell.
    @discardableResult
    public func draw(into buffer: inout ScreenBuffer, in area: Rect, style: Style = .plain, showCursor: Bool = true)
        -> (x: Int, y: Int) {
        buffer.fill(area, style: style)
        guard area.width > 0, area.height > 0 else { return (area.x, area.y) }
        let lines = layout(width: area.width)
        let (row, column) = position(in: lines)
        let first = max(0, row - area.height + 1)
        for (offset, line) in lines.dropFirst(first).prefix(area.height).enumerated() {
            buffer.write(String(characters[line.start..<line.end]), x: area.x, y: area.y + offset, style: style,
                         limit: area.width)
        }
        return (area.x + min(column, area.width - 1), area.y + row - first)
    }
}

extension String {
    /// The text with CRLF and CR line ends turned into LF.
    fileprivate func replacingLineEnds() -> String {
        var result = ""
        result.reserveCapacity(utf8.count)
        for character in self {
            if character == "\r\n" || character == "\r" {
                result.append("\n")
            } else {
                result.append(character)
            }
        }
        return result
    }
}
