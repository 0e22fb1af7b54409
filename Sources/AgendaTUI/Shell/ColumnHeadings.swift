import TerminalWidgets
import TextWidth

/// A list's line of column headings.
enum ColumnHeadings {
    /// One heading of a column: its width (nil when the column gave way on a narrow screen), its
    /// label, and whether the column's values are aligned right.
    struct Heading {
        var width: Int?
        var label: String
        var right = false
    }

    /// Draws each heading in its column's width, cut if longer, two columns apart from the next.
    static func draw(_ headings: [Heading], x: Int, y: Int, _ theme: Theme, _ buffer: inout ScreenBuffer) {
        var x = x
        for heading in headings {
            guard let width = heading.width else { continue }
            let label = heading.label.truncated(toWidth: width).padded(toWidth: width, alignment: heading.right ? .right : .left)
            buffer.write(label, x: x, y: y, style: theme.columnHeading)
            x += width + 2
        }
    }
}
