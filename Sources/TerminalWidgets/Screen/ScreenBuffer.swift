import TextWidth

/// A grid of cells that screens render into and backends present; the unit of every screen test.
///
/// Writing text places whole grapheme clusters by display width and never splits one: a wide
/// character that would cross the edge of the area is replaced by a space.
public struct ScreenBuffer: Equatable, Sendable {
    public private(set) var width: Int
    public private(set) var height: Int
    public private(set) var cells: [Cell]
    /// Where the terminal's cursor should show, or nil to hide it.
    public var cursor: (x: Int, y: Int)? {
        get { cursorPosition.map { ($0.x, $0.y) } }
        set { cursorPosition = newValue.map { CursorPosition(x: $0.x, y: $0.y) } }
    }
    private var cursorPosition: CursorPosition?
    /// How far each scrolled region drawn into the buffer could scroll, by the region's name: the code
    /// that draws a region notes it, so that the program can stop scrolling at the end of what was drawn.
    /// Not part of what the buffer shows: two buffers with the same cells are equal whatever they note.
    public var scrollLimits: [String: Int] = [:]

    private struct CursorPosition: Equatable, Sendable {
        var x: Int
        var y: Int
    }

    public init(width: Int, height: Int, style: Style = .plain) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank(style), count: self.width * self.height)
    }

    /// The whole buffer as a rectangle.
    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// The cell at a column and row (which must be inside).
    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// Fills a rectangle (clipped to the buffer) with blanks in a style.
    public mutating func fill(_ rect: Rect, style: Style = .plain) {
        let clipped = clip(rect)
        guard !clipped.isEmpty else { return }
        for row in clipped.y..<clipped.maxY {
            for column in clipped.x..<clipped.maxX {
                cells[row * width + column] = .blank(style)
            }
        }
    }

    /// Writes text from a column on a row, no further than `limit` columns (and the buffer's edge);
    /// returns the number of columns written. Text cut there ends with an ellipsis (…) in its last
    /// column, unless what is left out is only blanks. Line breaks and tabs are drawn as spaces, other
    /// control characters are left out.
    @discardableResult
    public mutating func write(_ text: some StringProtocol, x: Int, y: Int, style: Style = .plain, limit: Int? = nil) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let end = min(width, limit.map { x + max(0, $0) } ?? width)
        var column = x
        var index = text.startIndex
        var cut = false
        while index < text.endIndex {
            let character = text[index]
            if column >= end {
                cut = true
                break
            }
            var grapheme = character
            var w = DisplayWidth.of(character)
            if character == "\n" || character == "\t" || character == "\r\n" || character == "\r" {
                grapheme = " "
                w = 1
            } else if w == 0 {
                index = text.index(after: index)
                continue
            }
            if column < 0 {
                column += w
                index = text.index(after: index)
                continue
            }
            if column + w > end {
                // A wide character that does not fit: pad the remaining column instead of splitting it.
                while column < end {
                    place(Cell(text: " ", width: 1, style: style), at: column, y)
                    column += 1
                }
                cut = true
                break
            }
            place(Cell(text: String(grapheme), width: UInt8(w), style: style), at: column, y)
            if w == 2 {
                place(Cell(text: "", width: 0, style: style), at: column + 1, y)
            }
            column += w
            index = text.index(after: index)
        }
        if cut, column > max(x, 0), text[index...].contains(where: { !$0.isWhitespace }) {
            place(Cell(text: "…", width: 1, style: cells[y * width + column - 1].style), at: column - 1, y)
        }
        return max(0, column - max(x, 0))
    }

    /// Sets a style on the cells of a rectangle, keeping their text (for highlighting a row).
    public mutating func restyle(_ rect: Rect, _ transform: (Style) -> Style) {
        let clipped = clip(rect)
        guard !clipped.isEmpty else { return }
        for row in clipped.y..<clipped.maxY {
            for column in clipped.x..<clipped.maxX {
                cells[row * width + column].style = transform(cells[row * width + column].style)
            }
        }
    }

    /// Places a cell, repairing a wide character that the new cell would cut in half.
    private mutating func place(_ cell: Cell, at x: Int, _ y: Int) {
        let index = y * width + x
        if cells[index].isContinuation, x > 0 {
            cells[index - 1] = .blank(cells[index - 1].style)
        }
        if cells[index].width == 2, x + 1 < width, cell.width != 2 {
            cells[index + 1] = .blank(cells[index + 1].style)
        }
        cells[index] = cell
    }

    /// The part of a rectangle inside the buffer.
    public func clip(_ rect: Rect) -> Rect {
        let x0 = max(0, rect.x)
        let y0 = max(0, rect.y)
        let x1 = min(width, rect.maxX)
        let y1 = min(height, rect.maxY)
        return Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
    }

    /// The text of one row, with trailing spaces removed.
    public func line(_ y: Int) -> String {
        var text = ""
        for x in 0..<width {
            let cell = self[x, y]
            if !cell.isContinuation { text += cell.text }
        }
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }

    /// The buffer as plain text, one line per row, for snapshots.
    public var plainText: String {
        (0..<height).map(line).joined(separator: "\n") + "\n"
    }

    public static func == (lhs: ScreenBuffer, rhs: ScreenBuffer) -> Bool {
        lhs.width == rhs.width && lhs.height == rhs.height && lhs.cells == rhs.cells
            && lhs.cursorPosition == rhs.cursorPosition
    }
}
