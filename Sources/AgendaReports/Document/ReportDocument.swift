/// A report as blocks of text, tables and charts, written out as Markdown or HTML by the renderers.
public struct ReportDocument: Equatable, Sendable {
    /// One block of a report.
    public enum Block: Equatable, Sendable {
        case heading(level: Int, text: String)
        case paragraph(String)
        case list([String])
        case table(header: [String], rows: [[String]], alignRight: Set<Int> = [])
        /// A chart drawn as inline SVG in HTML and left out of Markdown (its table says the same).
        case svg(String)
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
        blocks.append(.table(header: header, rows: rows, alignRight: alignRight))
    }
}
