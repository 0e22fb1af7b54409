import TerminalWidgets

extension ScreenBuffer {
    /// Draws styled lines into a rectangle, skipping the first `scroll` lines; returns the scroll used,
    /// clamped so the last line stays reachable. With `indicators`, a ▲ or ▼ in the right column says
    /// there is more above or below. With `region`, how far the lines can scroll is noted in the buffer,
    /// for the next key to stop there (see `Message.drawn`).
    @discardableResult
    mutating func draw(_ lines: [StyledLine], in area: Rect, scroll: Int, indicators: Style? = nil,
                       region: ScrollRegion? = nil) -> Int {
        let limit = max(0, lines.count - area.height)
        if let region { scrollLimits[region.rawValue] = limit }
        let start = min(max(0, scroll), limit)
        for (row, line) in lines.dropFirst(start).prefix(area.height).enumerated() {
            var x = area.x
            for span in line {
                // A line that filled the width exactly before this span: cut here, with an ellipsis.
                if x >= area.maxX, area.width > 0 {
                    if span.text.contains(where: { !$0.isWhitespace }) {
                        write("…", x: area.maxX - 1, y: area.y + row, style: span.style)
                    }
                    break
                }
                x += write(span.text, x: x, y: area.y + row, style: span.style, limit: area.maxX - x)
            }
        }
        if let indicators, area.width > 1, area.height > 1 {
            if start > 0 { write("▲", x: area.maxX - 1, y: area.y, style: indicators) }
            if start + area.height < lines.count { write("▼", x: area.maxX - 1, y: area.maxY - 1, style: indicators) }
        }
        return start
    }
}
