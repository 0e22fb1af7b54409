import AgendaModel
import AgendaReports
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import TestSupport

/// Reports show control characters as visible escapes, in Markdown and in HTML, wherever text goes.
@Suite struct ControlCharacterReportTests {
    static let document = ReportDocument(title: "Acta " + HostileFixtures.windowTitle, language: "es", blocks: [
        .heading(level: 2, text: "Área " + HostileFixtures.rightToLeftOverride + "x"),
        .paragraph("Line one " + HostileFixtures.clearScreen + "\nline two [*] " + HostileFixtures.c1Sequence + "\rend"),
        .list(["Ana " + HostileFixtures.leftToRightIsolate, "DEL " + HostileFixtures.delete + "\nnext"]),
        .table(ReportDocument.Table(header: ["ID", "Título"], rows: [["G-1", "Fund " + HostileFixtures.clipboard + "\tschool"]])),
        .chart(html: SVGCharts.bars([(label: "Leadership " + HostileFixtures.rightToLeftOverride, percent: 40)], title: "Progress",
                                    description: "Progress of each area", id: "chart")),
    ])

    @Test func markdownWritesTheEscapesAsTheyAreAndStillEscapesItsOwnCharacters() {
        let markdown = MarkdownRenderer.render(Self.document)
        #expect(HostileFixtures.rawControls(in: markdown, allowingTabs: true).isEmpty,
                "\(HostileFixtures.rawControls(in: markdown, allowingTabs: true))")
        #expect(markdown.hasPrefix(#"# Acta <U+001B>\]0;pwned<U+0007>"#))
        #expect(markdown.contains("## Área <U+202E>x\n"))
        #expect(markdown.contains("Line one <U+001B>\\[2J  \nline two \\[\\*\\] <U+009B>31m<U+000D>end\n"))
        #expect(markdown.contains("- Ana <U+2066>\n- DEL <U+007F>\n  next\n"))
        #expect(markdown.contains("| G-1 | Fund <U+001B>\\]52;c;cHduZWQ=<U+0007>\tschool |"))
    }

    @Test func htmlShowsTheEscapesAsTextAndStaysWellFormed() throws {
        let html = HTMLRenderer.render(Self.document)
        #expect(HostileFixtures.rawControls(in: html, allowingTabs: true).isEmpty,
                "\(HostileFixtures.rawControls(in: html, allowingTabs: true))")
        #expect(html.contains("<title>Acta &lt;U+001B&gt;]0;pwned&lt;U+0007&gt;</title>"))
        #expect(html.contains("<h2>Área &lt;U+202E&gt;x</h2>"))
        #expect(html.contains("<p>Line one &lt;U+001B&gt;[2J<br />line two [*] &lt;U+009B&gt;31m&lt;U+000D&gt;end</p>"))
        #expect(html.contains("<li>DEL &lt;U+007F&gt;<br />next</li>"))
        #expect(html.contains("Leadership &lt;U+202E&gt;</text>"))
        #expect(HTMLRenderer.escape("a\r\nb\tc") == "a\r\nb\tc")
        // An XML parser reads it: no control character XML forbids is left.
        let parser = XMLParser(data: Data(html.utf8))
        #expect(parser.parse(), "\(String(describing: parser.parserError))")
    }
}
