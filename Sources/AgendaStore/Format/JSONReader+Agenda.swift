import AgendaModel
import Foundation

/// Readers for the small value types of the agenda format, with messages that say what was expected.
extension JSONReader {
    /// A string, or nil for `null`.
    mutating func readOptionalString() throws(JSONSyntaxError) -> String? {
        try readNullIfPresent() ? nil : readString()
    }

    /// An array of strings.
    mutating func readStringArray() throws(JSONSyntaxError) -> [String] {
        var list: [String] = []
        try readArray { (reader) throws(JSONSyntaxError) in list.append(try reader.readString()) }
        return list
    }

    /// An ISO 8601 UTC time such as `2026-11-29T03:31:46Z`.
    mutating func readTimestamp() throws(JSONSyntaxError) -> Date {
        skipWhitespace()
        let start = offset
        // The common case, read from the bytes with no string made.
        if let plain = readPlainStringBytes() {
            if let date = Timestamp.parse(utf8: plain) { return date }
            offset = start
        }
        let text = try readString()
        guard let date = Timestamp.parse(text) else {
            throw JSONSyntaxError(
                "'\(text)' is not a date and time in ISO 8601 UTC form such as 2026-11-29T03:31:46Z", at: start)
        }
        return date
    }

    /// An ISO 8601 UTC time, or nil for `null`.
    mutating func readOptionalTimestamp() throws(JSONSyntaxError) -> Date? {
        try readNullIfPresent() ? nil : readTimestamp()
    }

    /// A calendar day `YYYY-MM-DD`, or nil for `null`.
    mutating func readDay() throws(JSONSyntaxError) -> Day? {
        skipWhitespace()
        let start = offset
        if let plain = readPlainStringBytes() {
            if let day = Day(utf8: plain) { return day }
            offset = start
        }
        guard let text = try readOptionalString() else { return nil }
        guard let day = Day(text) else {
            throw JSONSyntaxError("'\(text)' is not a date in the form YYYY-MM-DD", at: start)
        }
        return day
    }

    /// An error for an object that lacks a required member.
    static func missing(_ key: String, in what: String, at offset: Int) -> JSONSyntaxError {
        JSONSyntaxError("\(what) has no \"\(key)\"", at: offset, structural: true)
    }
}
