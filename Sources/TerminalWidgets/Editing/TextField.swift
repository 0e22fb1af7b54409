import TextWidth

/// A one-line text field edited by grapheme cluster: the cursor never splits a character.
///
/// Keys: the editing keys of `TextEditor` (characters, ←/→, Backspace, Delete, Ctrl-W, Ctrl-U, Ctrl-K);
/// Home/End and Ctrl-A/Ctrl-E jump to the start and end.
public struct TextField: Equatable, Sendable {
    /// The text and cursor, edited as every field edits them.
    public private(set) var editor: TextEditor

    public init(_ text: String = "") {
        editor = TextEditor(text)
    }

    /// The text, as grapheme clusters.
    public var characters: [Character] { editor.characters }
    /// The cursor's position, in characters from the start (0...count).
    public var cursor: Int { editor.cursor }
    /// The field's text.
    public var text: String { editor.text }

    /// What a key did to the field.
    public typealias Outcome = TextEditOutcome

    /// Applies a key: the editing keys every field shares (see `TextEditor`), and Home/End (Ctrl-A/Ctrl-E)
    /// for the start and end of the text.
    @discardableResult
    public mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .character(let character) where character.isNewline:
            editor.insert([" "])
            return .edited
        case .home, .control("a"): return editor.moveCursor(to: 0)
        case .end, .control("e"): return editor.moveCursor(to: characters.count)
        default: return editor.handleEditingKey(key) ?? .ignored
        }
    }

    /// The field with its cursor at the start, when its text does not fit `width` columns and nothing
    /// moved the cursor yet: a long text shows its start, not its end, until the cursor moves right.
    public func showingStart(width: Int) -> TextField {
        guard cursor == characters.count, DisplayWidth.of(text) >= width else { return self }
        var field = self
        _ = field.editor.moveCursor(to: 0)
        return field
    }

    /// Inserts text at the cursor (a paste); line breaks become spaces in a one-line field.
    public mutating func insert(_ text: String) {
        editor.insert(text.map { $0.isNewline ? " " : $0 })
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
