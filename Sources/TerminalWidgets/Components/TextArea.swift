import TextWidth

/// A multi-line text field edited by grapheme cluster, with soft wrapping for display.
///
/// Keys: printable characters insert; Enter inserts a line break; ←/→ move by character, ↑/↓ by
/// displayed line; Home/End and Ctrl-A/Ctrl-E go to the start and end of the displayed line; Backspace
/// and Delete remove one character; Ctrl-W removes the word before the cursor; Ctrl-U the line's text
/// before the cursor. Pasted text keeps its line breaks.
public struct TextArea: Equatable, Sendable {
    /// The text as grapheme clusters; line breaks are `"\n"` characters.
    public private(set) var characters: [Character]
    /// The cursor, in characters from the start (0...count).
    public private(set) var cursor: Int

    public init(_ text: String = "") {
        characters = Array(text.replacingLineEnds())
        cursor = characters.count
    }

    /// The text, with `\n` line breaks.
    public var text: String { String(characters) }

    /// Applies a key; the width is the one the area is displayed at, for ↑/↓ and Home/End.
    @discardableResult
    public mutating func handle(_ key: Key, width: Int) -> TextField.Outcome {
        switch key {
        case .character(let c):
            insert(String(c))
            return .edited
        case .enter:
            insert("\n")
            return .edited
        case .left:
            cursor = max(0, cursor - 1)
            return .moved
        case .right:
            cursor = min(characters.count, cursor + 1)
            return .moved
        case .up, .down:
            let lines = layout(width: width)
            let (row, column) = position(in: lines)
            let target = key == .up ? row - 1 : row + 1
            guard lines.indices.contains(target) else {
                cursor = key == .up ? 0 : characters.count
                return .moved
            }
            cursor = offset(atRow: target, column: column, in: lines)
            return .moved
        case .home, .control("a"):
            let lines = layout(width: width)
            cursor = lines[position(in: lines).row].start
            return .moved
        case .end, .control("e"):
            let lines = layout(width: width)
            cursor = lines[position(in: lines).row].end
            return .moved
        case .backspace, .control("h"):
            guard cursor > 0 else { return .moved }
            characters.remove(at: cursor - 1)
            cursor -= 1
            return .edited
        case .delete, .control("d"):
            guard cursor < characters.count else { return .moved }
            characters.remove(at: cursor)
            return .edited
        case .control("w"):
            guard cursor > 0 else { return .moved }
            var start = cursor
            while start > 0, characters[start - 1] == " " { start -= 1 }
            while start > 0, characters[start - 1] != " ", characters[start - 1] != "\n" { start -= 1 }
            characters.removeSubrange(start..<cursor)
            cursor = start
            return .edited
        case .control("u"):
            var start = cursor
            while start > 0, characters[start - 1] != "\n" { start -= 1 }
            guard start < cursor else { return .moved }
            characters.removeSubrange(start..<cursor)
            cursor = start
            return .edited
        default:
            return .ignored
        }
    }

    /// Inserts text at the cursor, keeping its line breaks (CRLF and CR become LF).
    public mutating func insert(_ text: String) {
        var inserted = Array(text.replacingLineEnds())
        // A combining mark typed after a letter joins it.
        if cursor > 0, let first = inserted.first,
           String(first).unicodeScalars.allSatisfy({ $0.properties.isGraphemeExtend }) {
            let merged = String(characters[cursor - 1]) + String(first)
            if merged.count == 1 {
                characters[cursor - 1] = Character(merged)
                inserted.removeFirst()
            }
        }
        characters.insert(contentsOf: inserted, at: cursor)
        cursor += inserted.count
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
