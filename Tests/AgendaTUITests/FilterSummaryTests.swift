@testable import AgendaLocalization
@testable import AgendaTUI
import Testing
import TextWidth

/// The filter summary on the status line fits its room and says where it was cut.
struct FilterSummaryTests {
    let strings = Strings(.english)

    @Test func aSummaryThatFitsIsWhole() {
        #expect(FilterSummary.text(["area Leadership"], strings, width: 80) == " · Filter: area Leadership  (x clears)")
        #expect(FilterSummary.text([], strings, width: 80) == "")
    }

    @Test func aLongSummaryLosesTheHintThenIsCutWithAnEllipsis() {
        let whole = " · Filter: Search “MICHOACÁN”"
        #expect(FilterSummary.text(["Search “MICHOACÁN”"], strings, width: DisplayWidth.of(whole)) == whole)
        let parts = ["Leadership and organizational strength: all 6 goals", "日本"]
        let text = FilterSummary.text(parts, strings, width: 40)
        #expect(DisplayWidth.of(text) == 40)
        #expect(text == " · Filter: Leadership and organizationa…", "\(text)")
        #expect(FilterSummary.text(["日本"], strings, width: 0) == "")
    }
}
