/// A report as blocks of text, tables and charts, written out as Markdown or HTML by the renderers.
public struct ReportDocument: Equatable, Sendable {
    /// One block of a report.
    public enum Block: Equatable, Sendable {
        case heading(level: Int, text: String)
        case paragraph(String)
        case list([String])
        case table(Table)
        /// A chart as inline SVG, with its caption when it has one, in HTML; left out of Markdown: a
        /// table or list beside it gives the same figures.
        case chart(html: String)
    }

    /// A table: a header and rows of text, and how HTML shows them.
    public struct Table: Equatable, Sendable {
        /// How HTML lays a table out on a narrow screen.
        public enum Layout: Equatable, Sendable {
            /// A table whatever the width: for few, short columns.
            case grid
            /// One card per row below the phone breakpoint, each cell under its column's name; the
            /// card is headed by the row's header cell.
            case cards
        }

        public var header: [String]
        public var rows: [[String]]
        public var alignRight: Set<Int>
        public var layout: Layout
        /// The column whose cell names its row (a row header for screen readers, the title of a card).
        public var rowHeader: Int?
        /// A column of percentages, drawn with a bar beside the figure in HTML.
        public var bar: Int?
        /// Columns whose cells never wrap (ids, short figures).
        public var noWrap: Set<Int>

        public init(header: [String], rows: [[String]], alignRight: Set<Int> = [], layout: Layout = .grid,
                    rowHeader: Int? = nil, bar: Int? = nil, noWrap: Set<Int> = []) {
            self.header = header
            self.rows = rows
            self.alignRight = alignRight
            self.layout = layout
            self.rowHeader = rowHeader
            self.bar = bar
            self.noWrap = noWrap
        }
    }

    public var title: String
    /// The language code of the text, for the HTML `lang` attribute.
    public var language: String
    public var blocks: [Block]

    public init(title: String, language: String, blocks: [Block] = []) {
        self.title = title
        self.language = language
        self.blocks = blocks
    }

    public mutating func heading(_ level: Int, _ text: String) { blocks.append(.heading(level: level, text: text)) }
    public mutating func paragraph(_ text: String) { blocks.append(.paragraph(text)) }
    public mutating func list(_ items: [String]) { if !items.isEmpty { blocks.append(.list(items)) } }
    public mutating func table(_ header: [String], _ rows: [[String]], alignRight: Set<Int> = []) {
        blocks.append(.table(Table(header: header, rows: rows, alignRight: alignRight)))
    }
    public mutating func table(_ table: Table) { blocks.append(.table(table)) }
}
