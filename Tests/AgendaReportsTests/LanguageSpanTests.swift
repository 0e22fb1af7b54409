import AgendaModel
@testable import AgendaReports
import Testing

/// An original in another language than the report's (`LanguageSpan`): marked `[en]` in Markdown and
/// CSV, inside `<span lang="en">` in HTML; what a file's text holds can never make a tag.
@Suite struct LanguageSpanTests {
    @Test func aSpanIsMarkedInMarkdownAndSpannedInHTML() {
        let text = "1. " + LanguageSpan.wrap("Treasurer's <report>", language: "en") + " (G-0001)"
        #expect(LanguageSpan.plain(text) == "1. Treasurer's <report> [en] (G-0001)")
        #expect(MarkdownRenderer.inline(text) == "1. Treasurer's \\<report\\> \\[en\\] (G-0001)")
        #expect(HTMLRenderer.lines(text) == "1. <span lang=\"en\">Treasurer&#39;s &lt;report&gt;</span>"
            + "<span class=\"mark\" aria-hidden=\"true\"> [en]</span> (G-0001)")
    }

    @Test func aForgedSpanInAFilesTextMakesNoTagAndLosesNothing() {
        let forged = "a\u{FFF9}\"><script>\u{FFFA}b\u{FFFB}c"
        #expect(LanguageSpan.plain(forged) == forged)
        #expect(!HTMLRenderer.lines(forged).contains("<script>") && !HTMLRenderer.lines(forged).contains("<span"))
        let unclosed = "x\u{FFF9}en\u{FFFA}y"
        #expect(LanguageSpan.plain(unclosed) == unclosed)
        // The markers inside a wrapped text are dropped, so that the span ends where it should.
        #expect(LanguageSpan.parts(LanguageSpan.wrap("a\u{FFFB}b", language: "pt")).map(\.text) == ["ab"])
    }
}
