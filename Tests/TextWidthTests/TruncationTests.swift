import Testing
import TextWidth

/// `truncated(toWidth:ellipsis:)`, `prefix(fittingWidth:)` and `padded(toWidth:alignment:)`.
@Suite struct TruncationTests {
    @Test func textThatFitsIsUnchanged() {
        #expect("Michoacán".truncated(toWidth: 9) == "Michoacán")
        #expect("Michoacán".truncated(toWidth: 40) == "Michoacán")
        #expect("日本".truncated(toWidth: 4) == "日本")
        #expect("".truncated(toWidth: 3) == "")
        #expect("👩🏽‍🌾".truncated(toWidth: 2) == "👩🏽‍🌾")
    }

    @Test func cutTextEndsWithEllipsis() {
        #expect("Michoacán".truncated(toWidth: 8) == "Michoac…")
        #expect("Jesús Martínez Saldaña".truncated(toWidth: 10) == "Jesús Mar…")
        #expect("abcdefgh".truncated(toWidth: 5, ellipsis: "...") == "ab...")
        #expect("abcdef".truncated(toWidth: 3, ellipsis: "") == "abc")
    }

    @Test func widthZeroAndOne() {
        #expect("Québec".truncated(toWidth: 0) == "")
        #expect("Québec".truncated(toWidth: -2) == "")
        #expect("Québec".truncated(toWidth: 1) == "…")
        #expect("Q".truncated(toWidth: 1) == "Q")
        #expect("日".truncated(toWidth: 1) == "…")
    }

    @Test func wideCharacterAtTheLimitIsDropped() {
        #expect("日本語".truncated(toWidth: 4) == "日…")
        #expect("日本語".truncated(toWidth: 5) == "日本…")
        #expect("ab日本".truncated(toWidth: 4) == "ab…")
        #expect("👍👍👍".truncated(toWidth: 4) == "👍…")
        #expect("👩🏽‍🌾👩🏽‍🌾".truncated(toWidth: 3) == "👩🏽‍🌾…")
        #expect("👩🏽‍🌾👩🏽‍🌾".truncated(toWidth: 2) == "…")
    }

    @Test func clustersAreNeverSplit() {
        let decomposed = "e\u{301}e\u{301}e\u{301}"
        #expect(Array(decomposed.truncated(toWidth: 2).unicodeScalars) == Array("e\u{301}…".unicodeScalars))
        let afterASCII = "abcde\u{301}fg"
        #expect(Array(afterASCII.truncated(toWidth: 6).unicodeScalars) == Array("abcde\u{301}…".unicodeScalars))
        #expect(afterASCII.truncated(toWidth: 5) == "abcd…")
        #expect("🇲🇽🇧🇷".truncated(toWidth: 3) == "🇲🇽…")
        #expect("1️⃣2️⃣".truncated(toWidth: 3) == "1️⃣…")
    }

    @Test func ellipsisWiderThanTheWidth() {
        #expect("abcdef".truncated(toWidth: 2, ellipsis: "...") == "ab")
        #expect("日本".truncated(toWidth: 1, ellipsis: "...") == "")
        #expect("日本".truncated(toWidth: 3, ellipsis: "...") == "...")
        #expect("abc".truncated(toWidth: 1, ellipsis: "⋯⋯") == "a")
    }

    @Test func prefixFittingWidth() {
        let (cjk, cjkWidth) = "日本語".prefix(fittingWidth: 3)
        #expect(cjk == "日" && cjkWidth == 2)
        let (all, allWidth) = "abc".prefix(fittingWidth: 5)
        #expect(all == "abc" && allWidth == 3)
        let (two, twoWidth) = "abc".prefix(fittingWidth: 2)
        #expect(two == "ab" && twoWidth == 2)
        let (none, noneWidth) = "abc".prefix(fittingWidth: 0)
        #expect(none.isEmpty && noneWidth == 0)
        let (withSpace, spaceWidth) = "ab\u{200B}cd".prefix(fittingWidth: 2)
        #expect(Array(withSpace.unicodeScalars) == Array("ab\u{200B}".unicodeScalars) && spaceWidth == 2)
        let (mark, markWidth) = "abcde\u{301}".prefix(fittingWidth: 4)
        #expect(mark == "abcd" && markWidth == 4)
        let (accented, accentedWidth) = "abcde\u{301}".prefix(fittingWidth: 5)
        #expect(Array(accented.unicodeScalars) == Array("abcde\u{301}".unicodeScalars) && accentedWidth == 5)
    }

    @Test func padding() {
        #expect("São Paulo".padded(toWidth: 12) == "São Paulo   ")
        #expect("São Paulo".padded(toWidth: 12, alignment: .right) == "   São Paulo")
        #expect("São Paulo".padded(toWidth: 9) == "São Paulo")
        #expect("São Paulo".padded(toWidth: 6) == "São P…")
        #expect("日本語".padded(toWidth: 4) == "日… ")
        #expect("日本語".padded(toWidth: 4, alignment: .right) == " 日…")
        #expect("日本".padded(toWidth: 6) == "日本  ")
        #expect("abc".padded(toWidth: 0) == "")
        #expect("".padded(toWidth: 3) == "   ")
        #expect("abcdef".padded(toWidth: 4, ellipsis: "...") == "a...")
    }
}
