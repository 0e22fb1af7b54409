/// What to hand ncurses for one cell so that the terminal's columns stay where the buffer has them.
///
/// The buffer measures a grapheme cluster by Unicode's emoji rules, but ncurses measures by the
/// first code point's `wcwidth`, and many terminals (tmux 3.3 among them) draw the parts of an
/// emoji sequence one by one: "👩🏽‍🌾" takes 4 columns there, not 2. A cell that took more columns
/// on screen than in the buffer would shift the rest of its row, so a glyph keeps only what ncurses
/// and every terminal agree on: the first code point and the zero-width marks that follow it
/// (accents, U+20E3), at most `maxScalars`. Where that is narrower than the cell, the second
/// column gets a blank, or for a flag the second letter (🇲🇽 becomes "MX").
struct CellGlyph: Equatable, Sendable {
    /// The code points of the cell's `cchar_t`: a spacing one, then zero-width ones.
    var scalars: [UInt32]
    /// A one-column character for the cell's second column, when the glyph is narrower than it.
    var trailing: UInt32?

    /// The most code points one ncurses cell holds (`CCHARW_MAX`).
    static let maxScalars = 5
    static let space: UInt32 = 0x20
    static let zeroWidthJoiner: UInt32 = 0x200D
    static let emojiPresentation: UInt32 = 0xFE0F
    static let regionalIndicators: ClosedRange<UInt32> = 0x1F1E6...0x1F1FF

    /// The glyph for a cell's text and width with `columnsLeft` columns to the screen's edge;
    /// `scalarWidth` is `wcwidth` in the terminal's locale. Nil for a continuation cell.
    static func make(text: String, width: Int, columnsLeft: Int, scalarWidth: (UInt32) -> Int) -> CellGlyph? {
        guard width > 0 else { return nil }
        let cellWidth = min(width, 2)
        guard cellWidth <= columnsLeft else { return CellGlyph(scalars: [space]) }
        var iterator = text.unicodeScalars.makeIterator()
        guard let first = iterator.next()?.value else { return blank(cellWidth) }
        let firstWidth = scalarWidth(first)
        guard firstWidth > 0, firstWidth <= cellWidth else {
            return CellGlyph(scalars: [replacement(scalarWidth)], trailing: cellWidth == 2 ? space : nil)
        }
        let narrow = firstWidth < cellWidth
        var scalars = [first]
        var second: UInt32?
        while let next = iterator.next()?.value {
            if narrow, next == emojiPresentation { continue }  // ❤️ is drawn as the 1-column ❤
            if next == zeroWidthJoiner { break }
            if scalarWidth(next) != 0 {
                second = next
                break
            }
            if scalars.count < maxScalars { scalars.append(next) }
        }
        guard narrow else { return CellGlyph(scalars: scalars) }
        if regionalIndicators.contains(first), let second, regionalIndicators.contains(second) {
            // A flag: its two letters, "MX" for 🇲🇽.
            return CellGlyph(scalars: [first - 0x1F1E6 + 0x41], trailing: second - 0x1F1E6 + 0x41)
        }
        return CellGlyph(scalars: scalars, trailing: space)
    }

    /// Blank cells of a width.
    static func blank(_ cellWidth: Int) -> CellGlyph {
        CellGlyph(scalars: [space], trailing: cellWidth == 2 ? space : nil)
    }

    /// U+FFFD, or "?" where the locale cannot show it, for a cell ncurses cannot draw as it is.
    static func replacement(_ scalarWidth: (UInt32) -> Int) -> UInt32 {
        scalarWidth(0xFFFD) == 1 ? 0xFFFD : 0x3F
    }
}
