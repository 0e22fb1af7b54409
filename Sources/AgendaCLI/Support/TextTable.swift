import AgendaLocalization
import AgendaModel
import TextWidth

/// A table of text aligned by display width, so accented, wide and emoji text lines up in a terminal.
///
/// Each cell is one line: its control characters, line breaks and tabs among them, are shown as
/// visible escapes (`<U+001B>`) before it is measured, so a hostile title neither reaches the terminal
/// nor breaks the columns.
struct TextTable {
    enum Alignment { case left, right }

    struct Column {
        var header: String
        var alignment: Alignment = .left
        /// Whether the column gives up width (ending its text with an ellipsis) when the table is too wide.
        var shrinks: Bool = false
        /// The narrowest a shrinking column gets.
        var minimum: Int = 8
    }

    var columns: [Column]
    var rows: [[String]] = []

    init(_ columns: [Column]) {
        self.columns = columns
    }

    mutating func append(_ row: [String]) {
        rows.append(row.map { $0.escapingControls() })
    }

    /// The table as lines, fitted to `width` columns when given, with no trailing spaces.
    func render(width: Int? = nil) -> String {
        var widths = columns.map { DisplayWidth.of($0.header) }
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], DisplayWidth.of(cell))
            }
        }
        if let width {
            var excess = widths.reduce(0, +) + 2 * (columns.count - 1) - width
            for index in columns.indices where excess > 0 && columns[index].shrinks {
                let give = min(excess, max(0, widths[index] - columns[index].minimum))
                widths[index] -= give
                excess -= give
            }
        }
        var output = ""
        output.reserveCapacity((rows.count + 1) * (widths.reduce(0, +) + 2 * columns.count + 1))
        func emit(_ cells: [String]) {
            var line = ""
            for index in columns.indices {
                let cell = index < cells.count ? cells[index] : ""
                if index > 0 { line += "  " }
                line += cell.padded(toWidth: widths[index], alignment: columns[index].alignment == .left ? .left : .right)
            }
            while line.hasSuffix(" ") { line.removeLast() }
            output += line + "\n"
        }
        emit(columns.map(\.header))
        rows.forEach(emit)
        return output
    }
}

extension TextTable.Column {
    /// A column headed by a label of the catalogue, in capitals as the command line's tables head them.
    init(_ header: Text, alignment: TextTable.Alignment = .left, shrinks: Bool = false, minimum: Int = 8) {
        self.init(header: strings[header].uppercased(), alignment: alignment, shrinks: shrinks, minimum: minimum)
    }
}
