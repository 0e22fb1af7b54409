import AgendaLocalization
import AgendaModel
import Foundation

/// Charts as inline SVG for the HTML reports: no scripts, no network, readable on a phone and printed.
///
/// A chart is as wide as the page and its text is never scaled: positions across are percentages of
/// the width, and text is 14 px whatever the screen. Labels wrap at words rather than being cut. Each
/// chart has a title and a description for screen readers; the report gives its figures in a table too.
public enum SVGCharts {
    /// The longest line of a label, in characters: what 14 px text fits in on a 320 px wide phone.
    static let labelLine = 32

    /// Horizontal bars, one per label, each label above its bar and the percentage at the bar's end.
    public static func bars(_ rows: [(label: String, percent: Int)], title: String, description: String, id: String) -> String {
        var body = ""
        var y = 0
        for row in rows {
            for line in wrap(row.label, width: labelLine) {
                y += 18
                body += "<text x=\"0\" y=\"\(y)\">\(HTMLRenderer.escape(line))</text>"
            }
            let percent = min(100, max(0, row.percent))
            body += "<rect x=\"0\" y=\"\(y + 6)\" width=\"84%\" height=\"14\" fill=\"#fff\" stroke=\"#666\"/>"
            body += "<rect x=\"0\" y=\"\(y + 6)\" width=\"\(Double(84 * percent) / 100)%\" height=\"14\" fill=\"#1f5f99\"/>"
            body += "<text x=\"100%\" y=\"\(y + 18)\" text-anchor=\"end\">\(row.percent)%</text>"
            y += 30
        }
        return open(id: id, title: title, description: description, height: y + 4) + body + "</svg>"
    }

    /// A burn-up: goals in the agenda (dashed) and goals achieved (solid) over time, with the largest
    /// count, zero, and the first and last days on the axes. The legend is the figure's caption, in
    /// HTML (`legend`).
    public static func burnUp(_ points: [Dashboard.BurnUpPoint], title: String, description: String, id: String,
                              language: Language) -> String {
        let maximum = max(1, points.map(\.total).max() ?? 1)
        func line(_ values: [Int]) -> String {
            values.enumerated().map { index, value in
                let x = points.count <= 1 ? 0 : index * 1000 / (points.count - 1)
                return "\(x),\(1000 - value * 1000 / maximum)"
            }.joined(separator: " ")
        }
        var svg = open(id: id, title: title, description: description, height: 230)
        svg += "<text x=\"0\" y=\"22\">\(maximum)</text><text x=\"0\" y=\"190\">0</text>"
        svg += "<svg x=\"12%\" y=\"10\" width=\"86%\" height=\"176\" viewBox=\"0 0 1000 1000\" preserveAspectRatio=\"none\">"
        svg += "<polyline fill=\"none\" stroke=\"#666\" stroke-width=\"1\" vector-effect=\"non-scaling-stroke\" points=\"0,0 0,1000 1000,1000\"/>"
        svg += "<polyline fill=\"none\" stroke=\"#555\" stroke-width=\"2\" stroke-dasharray=\"6 4\" vector-effect=\"non-scaling-stroke\""
            + " points=\"\(line(points.map(\.total)))\"/>"
        svg += "<polyline fill=\"none\" stroke=\"#1e6b3a\" stroke-width=\"3\" vector-effect=\"non-scaling-stroke\""
            + " points=\"\(line(points.map(\.achieved)))\"/></svg>"
        if let first = points.first, let last = points.last {
            svg += "<text x=\"12%\" y=\"215\">\(HTMLRenderer.escape(DateText.day(first.day, language)))</text>"
            svg += "<text x=\"98%\" y=\"215\" text-anchor=\"end\">\(HTMLRenderer.escape(DateText.day(last.day, language)))</text>"
        }
        return svg + "</svg>"
    }

    /// The burn-up's legend, as HTML for the figure's caption: a dashed and a solid line with their names.
    public static func legend(total: String, achieved: String) -> String {
        "<figcaption><span class=\"key total\"></span>\(HTMLRenderer.escape(total))"
            + "<span class=\"key\"></span>\(HTMLRenderer.escape(achieved))</figcaption>"
    }

    /// The opening of a chart: as wide as the page, `height` pixels high, with its title and description.
    private static func open(id: String, title: String, description: String, height: Int) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" width=\"100%\""
            + " height=\"\(height)\"><title id=\"\(id)-title\">\(HTMLRenderer.escape(title))</title>"
            + "<desc id=\"\(id)-desc\">\(HTMLRenderer.escape(description))</desc>"
    }

    /// Text in lines of at most `width` characters, broken at spaces; a word longer than a line stays whole.
    public static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(whereSeparator: \.isWhitespace) {
            if !line.isEmpty, line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }
}
