/// One cell of the screen: the grapheme drawn there and its style.
///
/// A wide character (CJK, most emoji) occupies two cells: the first holds it with `width` 2, the second
/// is a continuation with empty `text` and `width` 0, which backends skip.
public struct Cell: Equatable, Sendable {
    /// One grapheme cluster, or "" for the right half of a wide character.
    public var text: String
    /// Columns the grapheme takes: 1, 2, or 0 for a continuation.
    public var width: UInt8
    public var style: Style

    public init(text: String = " ", width: UInt8 = 1, style: Style = .plain) {
        self.text = text
        self.width = width
        self.style = style
    }

    /// A blank cell in a style.
    public static func blank(_ style: Style = .plain) -> Cell {
        Cell(text: " ", width: 1, style: style)
    }

    /// Whether the cell is the right half of a wide character.
    public var isContinuation: Bool { width == 0 }
}
