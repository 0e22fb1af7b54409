import AgendaModel
import Foundation

/// Writes a report as Markdown (GitHub's dialect: pipe tables).
///
/// Control characters in the text (see `ControlCharacter`) are written as their visible escapes,
/// `<U+001B>`, left as they are: Markdown shows them literally (no tag or link has that form), so the
/// report reads the same in a terminal, in a text editor and rendered.
public enum MarkdownRenderer {
    public static func render(_ document: ReportDocument) -> String {
        var out = "# " + inline(document.title) + "\n"
        for block in document.blocks {
            out += "\n"
            switch block {
            case .heading(let level, let text):
                out += String(repeating: "#", count: min(6, max(1, level))) + " " + inline(text) + "\n"
            case .paragraph(let text):
                out += text.split(separator: "\n", omittingEmptySubsequences: false).map { inline(String($0)) }
                    .joined(separator: "  \n") + "\n"
            case .list(let items):
                out += items.map { "- " + inline($0).replacingOccurrences(of: "\n", with: "\n  ") }.joined(separator: "\n") + "\n"
            case .table(let table):
                out += "| " + table.header.map(cell).joined(separator: " | ") + " |\n"
                out += "| " + table.header.indices.map { table.alignRight.contains($0) ? "---:" : "---" }.joined(separator: " | ") + " |\n"
                for row in table.rows {
                    out += "| " + row.map(cell).joined(separator: " | ") + " |\n"
                }
            case .chart:
                out.removeLast()
            }
        }
        return out
    }

    /// Text with Markdown's special characters escaped where they would change its meaning, and its
    /// control characters other than line breaks and tabs as visible escapes; an original in another
    /// language (`LanguageSpan`) followed by its mark, `[en]`.
    static func inline(_ text: String) -> String {
        var out = ""
        for character in LanguageSpan.plain(text) {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "#", "|":
                out.append("\\")
                out.append(character)
            case "\n", "\r\n", "\t":
                out.append(character)
            default:
                if character.unicodeScalars.contains(where: { ControlCharacter($0) != nil }) {
                    out += String(character).escapingControls()
                } else {
                    out.append(character)
                }
            }
        }
        return out
    }

    /// A table cell: escaped, on one line.
    static func cell(_ text: String) -> String {
        inline(text).split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}

