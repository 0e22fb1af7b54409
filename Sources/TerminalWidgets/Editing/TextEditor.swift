/// The editing that one-line fields and multi-line areas share: text as grapheme clusters, a cursor,
/// and what the editing keys do to them.
///
/// A word, for Ctrl-W, is a run of characters that are not whitespace; deleting one never crosses a
/// line break. Line breaks are `"\n"` characters, which only a `TextArea` inserts.
public struct TextEditor: Equatable, Sendable {
    /// The text, as grapheme clusters.
    public private(set) var characters: [Character]
    /// The cursor's position, in characters from the start (0...count).
    public private(set) var cursor: Int

    public init(_ text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    /// The text.
    public var text: String { String(characters) }

    /// Applies one of the keys both kinds of field take alike: a character, ←/→, Backspace, Delete,
    /// Ctrl-W, Ctrl-U and Ctrl-K. Returns nil for any other key, which the field handles itself.
    @discardableResult
    public mutating func handleEditingKey(_ key: Key) -> TextEditOutcome? {
        switch key {
        case .character(let character):
            insert([character])
            return .edited
        case .left: return moveCursor(to: cursor - 1)
        case .right: return moveCursor(to: cursor + 1)
        case .backspace, .control("h"): return delete(from: cursor - 1, to: cursor)
        case .delete, .control("d"): return delete(from: cursor, to: cursor + 1)
        case .control("w"): return delete(from: wordStart, to: cursor)
        case .control("u"): return delete(from: lineStart, to: cursor)
        case .control("k"): return delete(from: cursor, to: lineEnd)
        default: return nil
        }
    }

    /// Inserts characters at the cursor, as given; a combining mark typed after a letter joins it.
    public mutating func insert(_ inserted: [Character]) {
        var inserted = inserted
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

    /// Puts the cursor at `position`, kept within the text.
    @discardableResult
    public mutating func moveCursor(to position: Int) -> TextEditOutcome {
        cursor = min(max(0, position), characters.count)
        return .moved
    }

    /// Removes the characters from `start` to `end` (kept within the text); `.moved` when there are none.
    @discardableResult
    public mutating func delete(from start: Int, to end: Int) -> TextEditOutcome {
        let start = max(0, start)
        let end = min(characters.count, end)
        guard start < end else { return .moved }
        characters.removeSubrange(start..<end)
        if cursor > start { cursor = max(start, cursor - (end - start)) }
        return .edited
    }

    /// Where the word before the cursor starts: past the whitespace before it, then the word itself,
    /// never past a line break.
    public var wordStart: Int {
        var start = cursor
        while start > 0, characters[start - 1] != "\n", characters[start - 1].isWhitespace { start -= 1 }
        while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
        return start
    }

    /// Where the cursor's line of text starts: after the line break before it, or at the start.
    public var lineStart: Int {
        var start = cursor
        while start > 0, characters[start - 1] != "\n" { start -= 1 }
        return start
    }

    /// Where the cursor's line of text ends: at the line break after it, or at the end.
    public var lineEnd: Int {
        var end = cursor
        while end < characters.count, characters[end] != "\n" { end += 1 }
        return end
    }
}

/// What a key did to a text being edited.
public enum TextEditOutcome: Equatable, Sendable {
    /// The text changed.
    case edited
    /// Only the cursor moved (or nothing happened, at an end of the text).
    case moved
    /// The field does not handle this key.
    case ignored
}
