import Foundation

/// Rows of comma-separated values as RFC 4180 has them: CRLF line ends, fields quoted when they hold a
/// comma, a double quote or a line break, and quotes doubled inside; for spreadsheets, cells that a
/// spreadsheet would run as a formula neutralized (`SpreadsheetCell`), and a byte-order mark first.
public struct CSVWriter {
    public private(set) var text: String
    /// Whether cells that begin like a formula are neutralized.
    public let neutralizesFormulas: Bool

    /// A writer; with `byteOrderMark`, the text starts with U+FEFF, which Excel needs to read a
    /// double-clicked CSV file as UTF-8.
    public init(byteOrderMark: Bool = false, neutralizesFormulas: Bool = false) {
        text = byteOrderMark ? "\u{FEFF}" : ""
        self.neutralizesFormulas = neutralizesFormulas
    }

    /// A writer with the byte-order mark and neutralizing of `options`.
    public init(_ options: CSVOptions) {
        self.init(byteOrderMark: options.byteOrderMark, neutralizesFormulas: options.neutralizesFormulas)
    }

    /// Appends one record.
    public mutating func append(_ fields: [String]) {
        let cells = neutralizesFormulas ? fields.map(SpreadsheetCell.neutralized) : fields
        text += cells.map(Self.escape).joined(separator: ",") + "\r\n"
    }

    public static func escape(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
            return field
        }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// A cell made safe for a spreadsheet: one that begins with `=`, `+`, `-`, `@`, a tab or a carriage
/// return, which a spreadsheet would take for a formula (`=HYPERLINK(...)`, `+cmd|' /C calc'!A0`), gets
/// a leading `'`, as OWASP's guidance on CSV injection says; the spreadsheet then shows the text as it is.
public enum SpreadsheetCell {
    /// The characters that make a spreadsheet read a cell as a formula.
    public static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    public static func neutralized(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first, formulaStarts.contains(first) else { return cell }
        return "'" + cell
    }
}
