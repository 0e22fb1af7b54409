import AgendaModel
import Foundation

/// Writes a report as one self-contained HTML file: no network, no scripts, readable on a phone and
/// printable. The markup is XHTML-compatible so that an XML parser reads it.
public enum HTMLRenderer {
    public static func render(_ document: ReportDocument) -> String {
        var out = """
            <!DOCTYPE html>
            <html lang="\(escape(document.language))" xmlns="http://www.w3.org/1999/xhtml">
            <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1" />
            <title>\(escape(document.title))</title>
            <style>
            body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 1.5rem auto; max-width: 60rem; padding: 0 1rem; color: #1a1a1a; line-height: 1.45; }
            h1 { font-size: 1.6rem; } h2 { font-size: 1.3rem; border-bottom: 1px solid #ccc; padding-bottom: .2rem; margin-top: 2rem; } h3 { font-size: 1.1rem; }
            table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .95rem; }
            th, td { border: 1px solid #ccc; padding: .3rem .5rem; text-align: left; vertical-align: top; }
            th { background: #f0f0f0; } td.n, th.n { text-align: right; }
            .wrap { overflow-x: auto; } svg { max-width: 100%; height: auto; }
            @media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } table { break-inside: auto; } tr { break-inside: avoid; } }
            </style>
            </head>
            <body>
            <h1>\(escape(document.title))</h1>

            """
        for block in document.blocks {
            switch block {
            case .heading(let level, let text):
                let tag = "h\(min(6, max(2, level)))"
                out += "<\(tag)>\(escape(text))</\(tag)>\n"
            case .paragraph(let text):
                out += "<p>" + text.split(separator: "\n", omittingEmptySubsequences: false).map { escape(String($0)) }
                    .joined(separator: "<br />") + "</p>\n"
            case .list(let items):
                out += "<ul>\n" + items.map { "<li>" + escape($0).replacingOccurrences(of: "\n", with: "<br />") + "</li>\n" }
                    .joined() + "</ul>\n"
            case .table(let header, let rows, let right):
                out += "<div class=\"wrap\"><table>\n<thead><tr>"
                for (index, cell) in header.enumerated() {
                    out += right.contains(index) ? "<th class=\"n\">" : "<th>"
                    out += escape(cell) + "</th>"
                }
                out += "</tr></thead>\n<tbody>\n"
                for row in rows {
                    out += "<tr>"
                    for (index, cell) in row.enumerated() {
                        out += right.contains(index) ? "<td class=\"n\">" : "<td>"
                        out += escape(cell).replacingOccurrences(of: "\n", with: "<br />") + "</td>"
                    }
                    out += "</tr>\n"
                }
                out += "</tbody>\n</table></div>\n"
            case .svg(let svg):
                out += "<div class=\"wrap\">" + svg + "</div>\n"
            }
        }
        return out + "</body>\n</html>\n"
    }

    /// Text with the characters that HTML and XML give meaning escaped, and its control characters
    /// other than line breaks and tabs shown as visible escapes, `&lt;U+001B&gt;`.
    ///
    /// XML allows no C0 control but those, and a bidirectional override would reorder the page's text,
    /// so the report shows each one as the terminal does rather than pass it on or drop it.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.escapingControls(multiline: true).unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
