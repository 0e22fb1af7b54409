import CNcurses
import TerminalWidgets

extension NcursesTerminal {
    /// Draws the cells that differ from the last buffer presented (all of them after a resize or
    /// `invalidate`), places or hides the cursor, and updates the terminal.
    ///
    /// Cells beyond the terminal's edge (a buffer rendered for an older size) are left out; the
    /// bottom-right cell is drawn like any other (ncurses draws it without scrolling).
    public func present(_ buffer: ScreenBuffer) {
        reenterIfNeeded()
        let window = agenda_stdscr()
        let (columns, rows) = size
        if presented == nil { werase(window) }
        let runs = ScreenDiff.runs(from: presented, to: buffer)
        for run in runs where run.y < rows {
            draw(run, of: buffer, in: window, columns: columns)
        }
        let cursorChanged = placeCursor(buffer.cursor, in: window, columns: columns, rows: rows)
        presented = buffer
        if runs.isEmpty && !cursorChanged { return }
        wnoutrefresh(window)
        doupdate()
    }

    /// Forgets what is on the screen: the next `present` draws every cell, and ncurses repaints
    /// the whole terminal rather than trusting its copy (after a suspend, or other output).
    public func invalidate() {
        presented = nil
        cursorVisible = nil
        clearok(agenda_curscr(), true)
    }

    /// Hands ncurses the cells of one run, skipping the right halves of wide characters.
    private func draw(_ run: ScreenDiff.Run, of buffer: ScreenBuffer, in window: UnsafeMutablePointer<WINDOW>?, columns: Int) {
        let end = min(run.x + run.count, columns)
        guard run.x < end else { return }
        let y = Int32(run.y)
        for x in run.x..<end {
            let cell = buffer[x, run.y]
            if cell.isContinuation {
                // Covered by the wide character to the left, unless the buffer has none there.
                if x > 0, buffer[x - 1, run.y].width == 2 { continue }
                put(CellGlyph.blank(1), style: cell.style, x: x, y: y, in: window)
                continue
            }
            var scalars = cell.text.unicodeScalars.makeIterator()
            if let only = scalars.next()?.value, scalars.next() == nil, Int(cell.width) <= columns - x,
               agenda_wcwidth(only) == Int32(cell.width) {
                // The common case, one code point as wide as its cell, without building a glyph.
                let (attributes, pair) = resolve(cell.style)
                _ = agenda_put_cell(window, y, Int32(x), only, 0, 0, 0, 0, attr_t(attributes), pair)
                continue
            }
            let glyph = CellGlyph.make(text: cell.text, width: Int(cell.width), columnsLeft: columns - x) {
                Int(agenda_wcwidth($0))
            }
            if let glyph { put(glyph, style: cell.style, x: x, y: y, in: window) }
        }
    }

    private func put(_ glyph: CellGlyph, style: Style, x: Int, y: Int32, in window: UnsafeMutablePointer<WINDOW>?) {
        let (attributes, pair) = resolve(style)
        let s = glyph.scalars
        let count = s.count
        _ = agenda_put_cell(
            window, y, Int32(x),
            s[0], count > 1 ? s[1] : 0, count > 2 ? s[2] : 0, count > 3 ? s[3] : 0, count > 4 ? s[4] : 0,
            attr_t(attributes), pair
        )
        if let trailing = glyph.trailing {
            _ = agenda_put_cell(window, y, Int32(x + 1), trailing, 0, 0, 0, 0, attr_t(attributes), pair)
        }
    }

    /// The ncurses attributes and colour pair of a style, allocating the pair the first time.
    private func resolve(_ style: Style) -> (attributes: UInt32, pair: Int32) {
        if let known = styleCache[style] { return known }
        let (attributes, colors) = palette.map(style)
        var pair: Int32 = 0
        if let colors {
            pair = pairs.number(for: colors) { number, colors in
                init_extended_pair(number, Int32(colors.foreground), Int32(colors.background)) == OK
            }
        }
        styleCache[style] = (attributes, pair)
        return (attributes, pair)
    }

    /// Moves the cursor where the buffer wants it and shows it, or hides it; whether anything changed.
    private func placeCursor(_ cursor: (x: Int, y: Int)?, in window: UnsafeMutablePointer<WINDOW>?, columns: Int, rows: Int) -> Bool {
        let previous = presented?.cursor
        let unchanged = previous?.x == cursor?.x && previous?.y == cursor?.y
        if let cursor, cursor.x >= 0, cursor.x < columns, cursor.y >= 0, cursor.y < rows {
            wmove(window, Int32(cursor.y), Int32(cursor.x))
            if cursorVisible != true {
                curs_set(1)
                cursorVisible = true
                return true
            }
            return !unchanged
        }
        if cursorVisible != false {
            curs_set(0)
            cursorVisible = false
            return true
        }
        return false
    }
}
