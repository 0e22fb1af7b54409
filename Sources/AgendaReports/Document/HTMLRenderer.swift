import AgendaModel
import Foundation

/// Writes a report as one self-contained HTML file: no network, no scripts, readable on a phone and
/// printable. The markup is XHTML-compatible so that an XML parser reads it.
///
/// On a screen narrower than `breakpoint`, tables laid out as cards show one card per row, each cell
/// under its column's name; the other tables wrap their text. Charts are SVG whose text is never scaled
/// down (14 px), with a title and a description, and the same figures in a table beside them. Printed,
/// no row is split across pages and headings stay with what follows them.
public enum HTMLRenderer {
    /// The width below which tables laid out as cards become cards: 40em (640 px at the default text
    /// size), so that phones and narrow windows get cards and a desktop or a printed page gets tables.
    public static let breakpoint = "40em"

    public static func render(_ document: ReportDocument) -> String {
        var out = """
            <!DOCTYPE html>
            <html lang="\(escape(document.language))" xmlns="http://www.w3.org/1999/xhtml">
            <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1" />
            <title>\(escape(LanguageSpan.plain(document.title)))</title>
            <style>
            \(style)
            </style>
            </head>
            <body>
            <h1>\(spanned(document.title, escape))</h1>

            """
        for block in document.blocks {
            switch block {
            case .heading(let level, let text):
                let tag = "h\(min(6, max(2, level)))"
                out += "<\(tag)>\(spanned(text, escape))</\(tag)>\n"
            case .paragraph(let text):
                out += "<p>" + lines(text) + "</p>\n"
            case .list(let items):
                out += "<ul>\n" + items.map { "<li>" + lines($0) + "</li>\n" }.joined() + "</ul>\n"
            case .table(let table):
                out += render(table)
            case .chart(let html):
                out += "<figure>" + html + "</figure>\n"
            }
        }
        return out + "</body>\n</html>\n"
    }

    /// The style sheet: the desktop layout, the cards below the breakpoint, and print.
    static let style = """
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; font-size: 1rem; margin: 1.5rem auto; max-width: 64rem; padding: 0 1rem; color: #1a1a1a; background: #fff; line-height: 1.45; }
        h1 { font-size: 1.6rem; line-height: 1.25; } h2 { font-size: 1.3rem; border-bottom: 1px solid #999; padding-bottom: .2rem; margin-top: 2rem; } h3 { font-size: 1.1rem; margin-top: 1.5rem; }
        p, li { overflow-wrap: break-word; }
        .wrap { overflow-x: auto; }
        table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .95rem; }
        th, td { border: 1px solid #999; padding: .3rem .5rem; text-align: left; vertical-align: top; overflow-wrap: break-word; }
        thead th { background: #ececec; overflow-wrap: normal; }
        .mark { color: #555; font-size: .85em; }
        .n { text-align: right; font-variant-numeric: tabular-nums; } .nw { white-space: nowrap; }
        th[scope=row] { overflow-wrap: anywhere; } table.cards th[scope=row] { min-width: 11rem; }
        .bar { display: inline-block; width: 3.5rem; height: .6rem; margin-right: .4rem; border: 1px solid #666; background: #fff; vertical-align: middle; }
        .bar > span { display: block; height: 100%; background: #1f5f99; }
        figure { margin: 1rem 0; max-width: 44rem; } figure svg { display: block; width: 100%; } svg text { font: 14px system-ui, sans-serif; fill: #1a1a1a; }
        .key { display: inline-block; width: 2rem; vertical-align: middle; margin: 0 .3rem 0 .8rem; border-top: 3px solid #1e6b3a; }
        .key.total { border-top: 2px dashed #555; }
        @media (max-width: \(breakpoint)) {
        body { margin: 1rem auto; padding: 0 .75rem; }
        table { font-size: 1rem; } th, td { padding: .3rem; } thead th { font-size: .85rem; }
        table.cards, table.cards > tbody, table.cards td, table.cards th { display: block; width: auto; }
        table.cards > thead { display: none; }
        table.cards > tbody > tr { display: flex; flex-direction: column; margin: 0 0 .75rem; padding: .5rem .75rem; border: 1px solid #999; border-radius: .4rem; }
        table.cards td, table.cards th { border: 0; padding: .1rem 0; text-align: left; min-width: 0; }
        table.cards th[scope=row] { order: -1; font-size: 1.05rem; }
        table.cards td[data-label]::before { content: attr(data-label) ": "; font-weight: 600; }
        table.cards td:empty { display: none; }
        }
        @media print {
        body { margin: 0; max-width: none; padding: 0; font-size: 11pt; }
        h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
        h2 + .wrap, h3 + .wrap, h2 + figure, h3 + p { break-before: avoid; page-break-before: avoid; }
        tr, li, figure, p { break-inside: avoid; page-break-inside: avoid; }
        thead { display: table-header-group; }
        .wrap { overflow: visible; }
        .bar, .bar > span, thead th { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
        }
        """

    /// A table, with its header cells scoped to their columns, the row header scoped to its row, and
    /// each cell labelled with its column's name for the cards.
    static func render(_ table: ReportDocument.Table) -> String {
        func classes(_ column: Int) -> String {
            let names = (table.alignRight.contains(column) ? ["n"] : []) + (table.noWrap.contains(column) ? ["nw"] : [])
            return names.isEmpty ? "" : " class=\"\(names.joined(separator: " "))\""
        }
        var out = "<div class=\"wrap\"><table" + (table.layout == .cards ? " class=\"cards\"" : "") + ">\n<thead><tr>"
        for (column, cell) in table.header.enumerated() {
            out += "<th scope=\"col\"\(classes(column))>" + escape(cell) + "</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for row in table.rows {
            out += "<tr>"
            for (column, cell) in row.enumerated() {
                var content = lines(cell)
                if column == table.bar, let percent = Int(cell.prefix { $0.isNumber }) {
                    content = "<span class=\"bar\" aria-hidden=\"true\"><span style=\"width:\(min(100, max(0, percent)))%\"></span></span>"
                        + content
                }
                if column == table.rowHeader {
                    out += "<th scope=\"row\"\(classes(column))>" + content + "</th>"
                } else {
                    let label = table.layout == .cards && column < table.header.count
                        ? " data-label=\"" + escape(table.header[column]) + "\"" : ""
                    out += "<td\(label)\(classes(column))>" + content + "</td>"
                }
            }
            out += "</tr>\n"
        }
        return out + "</tbody>\n</table></div>\n"
    }

    /// Text escaped, its line breaks as `<br />`; an original in another language (`LanguageSpan`) in a
    /// `<span lang>` so that screen readers read it in its language, its mark (`[en]`) beside it for the
    /// eye only.
    static func lines(_ text: String) -> String {
        spanned(text) { part in
            part.split(separator: "\n", omittingEmptySubsequences: false).map { escape(String($0)) }.joined(separator: "<br />")
        }
    }

    /// Text written by `write`, each original in another language (`LanguageSpan`) in its `<span lang>`
    /// followed by its mark for the eye.
    static func spanned(_ text: String, _ write: (String) -> String) -> String {
        LanguageSpan.parts(text).map { part in
            let escaped = write(part.text)
            guard let language = part.language else { return escaped }
            return "<span lang=\"\(escape(language))\">" + escaped + "</span><span class=\"mark\" aria-hidden=\"true\"> "
                + escape(LanguageSpan.mark(language)) + "</span>"
        }.joined()
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
