/// Frames drawn with line characters around a rectangle, with an optional title in the top edge.
public enum Box {
    /// Draws a frame on the edge of `rect` and clears its inside; returns the inside.
    @discardableResult
    public static func draw(_ rect: Rect, title: String? = nil, into buffer: inout ScreenBuffer, style: Style = .plain) -> Rect {
        guard rect.width >= 2, rect.height >= 2 else { return Rect(x: rect.x, y: rect.y, width: 0, height: 0) }
        buffer.fill(rect, style: style)
        let horizontal = String(repeating: "─", count: rect.width - 2)
        buffer.write("┌" + horizontal + "┐", x: rect.x, y: rect.y, style: style)
        buffer.write("└" + horizontal + "┘", x: rect.x, y: rect.maxY - 1, style: style)
        for row in (rect.y + 1)..<(rect.maxY - 1) {
            buffer.write("│", x: rect.x, y: row, style: style)
            buffer.write("│", x: rect.maxX - 1, y: row, style: style)
        }
        if let title, rect.width > 6 {
            buffer.write(" " + title + " ", x: rect.x + 2, y: rect.y, style: style.with(.bold), limit: rect.width - 4)
        }
        return rect.inset(by: 1)
    }
}
