import Foundation

/// Rows of comma-separated values as RFC 4180 has them: CRLF line ends, fields quoted when they hold a
/// comma, a double quote or a line break, and quotes doubled inside.
public struct CSVWriter {
    public private(set) var text = ""

    public init() {}

    /// Appends one record.
    public mutating func append(_ fields: [String]) {
        text += fields.map(Self.escape).joined(separator: ",") + "\r\n"
    }

    public static func escape(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
            return field
        }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
