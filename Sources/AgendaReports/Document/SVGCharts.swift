import AgendaLocalization
import AgendaModel
import Foundation

/// Charts as inline SVG for the HTML reports: no scripts, no network, readable when printed.
public enum SVGCharts {
    /// Horizontal bars, one per label, with the percentage at the end.
    public static func bars(_ rows: [(label: String, percent: Int)], title: String) -> String {
        let rowHeight = 26
        let labelWidth = 260
        let barWidth = 300
        let height = rows.count * rowHeight + 30
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 \(labelWidth + barWidth + 60) \(height)\""
            + " width=\"\(labelWidth + barWidth + 60)\" height=\"\(height)\"><title>\(HTMLRenderer.escape(title))</title>"
            + "<style>text{font:13px system-ui,sans-serif;fill:#222}</style>"
        for (index, row) in rows.enumerated() {
            let y = 20 + index * rowHeight
            let filled = Int(Double(barWidth) * Double(min(100, max(0, row.percent))) / 100)
            svg += "<text x=\"0\" y=\"\(y + 13)\">\(HTMLRenderer.escape(String(row.label.prefix(40))))</text>"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y)\" width=\"\(barWidth)\" height=\"16\" fill=\"#e6e6e6\"/>"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y)\" width=\"\(filled)\" height=\"16\" fill=\"#2f6fb3\"/>"
            svg += "<text x=\"\(labelWidth + barWidth + 8)\" y=\"\(y + 13)\">\(row.percent)%</text>"
        }
        return svg + "</svg>"
    }

    /// A burn-up: goals in the agenda and goals achieved over time, as two lines.
    public static func burnUp(_ points: [Dashboard.BurnUpPoint], title: String, totalLabel: String, achievedLabel: String,
                              language: Language) -> String {
        let width = 640
        let height = 260
        let left = 40
        let bottom = 30
        let plotWidth = width - left - 20
        let plotHeight = height - bottom - 30
        let maximum = max(1, points.map(\.total).max() ?? 1)
        func x(_ index: Int) -> Int { left + (points.count <= 1 ? 0 : index * plotWidth / (points.count - 1)) }
        func y(_ value: Int) -> Int { 20 + plotHeight - value * plotHeight / maximum }
        func line(_ values: [Int]) -> String {
            values.enumerated().map { "\(x($0.offset)),\(y($0.element))" }.joined(separator: " ")
        }
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\""
            + " height=\"\(height)\"><title>\(HTMLRenderer.escape(title))</title>"
            + "<style>text{font:12px system-ui,sans-serif;fill:#222}</style>"
        svg += "<line x1=\"\(left)\" y1=\"\(20 + plotHeight)\" x2=\"\(left + plotWidth)\" y2=\"\(20 + plotHeight)\" stroke=\"#999\"/>"
        svg += "<line x1=\"\(left)\" y1=\"20\" x2=\"\(left)\" y2=\"\(20 + plotHeight)\" stroke=\"#999\"/>"
        svg += "<text x=\"4\" y=\"24\">\(maximum)</text><text x=\"4\" y=\"\(20 + plotHeight)\">0</text>"
        if let first = points.first, let last = points.last {
            svg += "<text x=\"\(left)\" y=\"\(height - 8)\">\(HTMLRenderer.escape(DateText.day(first.day, language)))</text>"
            svg += "<text x=\"\(left + plotWidth)\" y=\"\(height - 8)\" text-anchor=\"end\">"
                + "\(HTMLRenderer.escape(DateText.day(last.day, language)))</text>"
        }
        svg += "<polyline fill=\"none\" stroke=\"#888\" stroke-width=\"2\" stroke-dasharray=\"6 4\" points=\"\(line(points.map(\.total)))\"/>"
        svg += "<polyline fill=\"none\" stroke=\"#2a8c4a\" stroke-width=\"3\" points=\"\(line(points.map(\.achieved)))\"/>"
        svg += "<text x=\"\(left + 10)\" y=\"14\">— — \(HTMLRenderer.escape(totalLabel))   —— \(HTMLRenderer.escape(achievedLabel))</text>"
        return svg + "</svg>"
    }
}
