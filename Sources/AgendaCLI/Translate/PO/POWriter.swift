/// Writes a PO file as GNU gettext's tools do: the header entry first, then each entry after a blank
/// line, its comments in gettext's order (`#`, `#.`, `#:`, `#,`, `#|`), then `msgctxt`, `msgid`,
/// `msgid_plural` and `msgstr`, strings wrapped as `msgmerge` wraps them (see `POString`).
///
/// A comment's line breaks start new comment lines; comments are written as given otherwise, so the
/// caller keeps control characters out of them (strings are escaped here).
enum POWriter {
    static func write(_ file: POFile) -> String {
        var blocks: [[String]] = []
        if let header = file.header { blocks.append(lines(header)) }
        blocks += file.entries.map(lines)
        return blocks.map { $0.joined(separator: "\n") + "\n" }.joined(separator: "\n")
    }

    /// The lines of one entry.
    static func lines(_ entry: POEntry) -> [String] {
        var lines: [String] = []
        func comments(_ mark: String, _ texts: [String]) {
            for text in texts {
                for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                    lines.append(line.isEmpty ? mark : mark + " " + line)
                }
            }
        }
        comments("#", entry.translatorComments)
        comments("#.", entry.extractedComments)
        comments("#:", entry.references)
        if !entry.flags.isEmpty { lines.append("#, " + entry.flags.joined(separator: ", ")) }
        if let context = entry.previousContext { lines += POString.lines(keyword: "msgctxt", context, prefix: "#| ") }
        if let id = entry.previousID { lines += POString.lines(keyword: "msgid", id, prefix: "#| ") }
        if let context = entry.context { lines += POString.lines(keyword: "msgctxt", context) }
        lines += POString.lines(keyword: "msgid", entry.id)
        if let plural = entry.idPlural {
            lines += POString.lines(keyword: "msgid_plural", plural)
            for (index, string) in entry.pluralStrings.enumerated() {
                lines += POString.lines(keyword: "msgstr[\(index)]", string)
            }
        } else {
            lines += POString.lines(keyword: "msgstr", entry.string)
        }
        return lines
    }
}
