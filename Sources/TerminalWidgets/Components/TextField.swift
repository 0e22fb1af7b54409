import TextWidth

/// A one-line text field edited by grapheme cluster: the cursor never splits a character.
///
/// Keys: printable characters insert; ←/→ move; Home/End and Ctrl-A/Ctrl-E jump; Backspace and Delete
/// remove one character; Ctrl-W removes the word before the cursor; Ctrl-U removes everything before it.
public struct TextField: Equatable, Sendable {
    /// The text, as grapheme clusters.
    public private(set) var characters: [Character]
    /// The cursor's position, in characters from the start (0...count).
    public private(set) var cursor: Int

    public init(_ text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    /// The field's text.
    public var text: String { String(characters) }

    /// What a key did to the field.
    public enum Outcome: Equatable, Sendable {
        /// The text changed.
        case edited
        /// Only the cursor moved.
        case moved
        /// The field does not handle this key.
        case ignored
    }

    /// Applies a key.
    @discardableResult
    public mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .character(let c):
            insert(c)
            return .edited
        case .left:
            guard cursor > 0 else { return .moved }
            cursor -= 1
            return .moved
        case .right:
            guard cursor < characters.count else { return .moved }
            cursor += 1
            return .moved
        case .home, .control("a"):
            cursor = 0
            return .moved
        case .end, .control("e"):
            cursor = characters.count
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
            while start > 0, characters[start - 1].isWhitespace { start -= 1 }
            while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
            characters.removeSubrange(start..<cursor)
            cursor = start
            return .edited
        case .control("u"):
            guard cursor > 0 else { return .moved }
            characters.removeSubrange(0..<cursor)
            cursor = 0
            return .edited
        case .control("k"):
            guard cursor < characters.count else { return .moved }
            characters.removeSubrange(cursor...)
            return .edited
        default:
            return .ignored
        }
    }

    /// Inserts text at the cursor (a paste); line breaks become spaces in a one-line field.
    public mutating func insert(_ text: String) {
        for character in text { insert(character) }
    }

    private mutating func insert(_ character: Character) {
        let c: Character = character.isNewline ? " " : character
        // A combining mark typed after a letter joins it: rebuild the cluster from the text.
        if cursor > 0, String(c).unicodeScalars.allSatisfy({ $0.properties.isGraphemeExtend }) {
            let merged = String(characters[cursor - 1]) + String(c)
            if merged.count == 1 {
                characters[cursor - 1] = Character(merged)
                return
            }
        }
        characters.insert(c, at: cursor)
        cursor += 1
    }

    /// Draws the field in `width` columns at a position, scrolled so the cursor shows; returns the
    /// cursor's column on screen.
    @discardableResult
    public func draw(into buffer: inout ScreenBuffer, x: Int, y: Int, width: Int, style: Style = .plain) -> Int {
        guard width > 0 else { return x }
        // Scroll: show as many characters before the cursor as fit, leaving a column for the cursor.
        var start = cursor
        var used = 0
        while start > 0 {
            let w = DisplayWidth.of(characters[start - 1])
            if used + w > width - 1 { break }
            used += w
            start -= 1
        }
        buffer.fill(Rect(x: x, y: y, width: width, height: 1), style: style)
        buffer.write(String(characters[start...]), x: x, y: y, style: style, limit: width)
        return x + used
    }
}
