import Testing
@testable import NcursesBackend

/// What a cell becomes for ncurses, with glibc's `wcwidth` for the scalars used here.
@Suite struct CellGlyphTests {
    /// glibc's wcwidth under a UTF-8 locale, for the scalars these tests use.
    static func wcwidth(_ scalar: UInt32) -> Int {
        switch scalar {
        case 0..<0x20, 0x7F..<0xA0: -1
        case 0x300...0x36F, 0x200D, 0xFE0F, 0x20E3: 0
        case 0x1F1E6...0x1F1FF: 1
        case 0x3040...0x9FFF, 0x1F300...0x1FAFF: 2
        default: 1
        }
    }

    func glyph(_ text: String, width: Int, columnsLeft: Int = 10) -> CellGlyph? {
        CellGlyph.make(text: text, width: width, columnsLeft: columnsLeft, scalarWidth: Self.wcwidth)
    }

    func scalars(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

    @Test func plainCharacters() {
        #expect(glyph("a", width: 1) == CellGlyph(scalars: scalars("a")))
        #expect(glyph("á", width: 1) == CellGlyph(scalars: scalars("á")))
        #expect(glyph("日", width: 2) == CellGlyph(scalars: scalars("日")))
    }

    @Test func combiningMarksStay() {
        #expect(glyph("e\u{301}", width: 1) == CellGlyph(scalars: scalars("e\u{301}")))
        let many = "a" + String(repeating: "\u{301}", count: 8)
        #expect(glyph(many, width: 1)?.scalars.count == CellGlyph.maxScalars)
    }

    @Test func emojiSequencesKeepTheirFirstEmoji() {
        #expect(glyph("👩🏽‍🌾", width: 2) == CellGlyph(scalars: scalars("👩")))
        #expect(glyph("👍🏽", width: 2) == CellGlyph(scalars: scalars("👍")))
        #expect(glyph("👨‍👩‍👧‍👦", width: 2) == CellGlyph(scalars: scalars("👨")))
    }

    @Test func textPresentationEmojiArePaddedToTheirCell() {
        #expect(glyph("❤️", width: 2) == CellGlyph(scalars: [0x2764], trailing: 0x20))
        #expect(glyph("1️⃣", width: 2) == CellGlyph(scalars: [0x31, 0x20E3], trailing: 0x20))
    }

    @Test func flagsBecomeTheirLetters() {
        #expect(glyph("🇲🇽", width: 2) == CellGlyph(scalars: scalars("M"), trailing: 0x58))
        #expect(glyph("🇧🇷", width: 2) == CellGlyph(scalars: scalars("B"), trailing: 0x52))
    }

    @Test func continuationsAreSkipped() {
        #expect(glyph("", width: 0) == nil)
    }

    @Test func aWideCharacterAtTheEdgeBecomesABlank() {
        #expect(glyph("日", width: 2, columnsLeft: 1) == CellGlyph(scalars: [0x20]))
    }

    @Test func undrawableCharactersAreReplaced() {
        #expect(glyph("\u{7}", width: 1) == CellGlyph(scalars: [0xFFFD]))
        #expect(glyph("\u{301}", width: 1) == CellGlyph(scalars: [0xFFFD]))
        #expect(glyph("日", width: 1) == CellGlyph(scalars: [0xFFFD]))
        #expect(glyph("\u{7}", width: 2) == CellGlyph(scalars: [0xFFFD], trailing: 0x20))
        let asciiOnly = CellGlyph.make(text: "\u{7}", width: 1, columnsLeft: 5) { $0 < 0x80 && $0 >= 0x20 ? 1 : -1 }
        #expect(asciiOnly == CellGlyph(scalars: [0x3F]))
    }

    @Test func emptyTextIsBlank() {
        #expect(glyph("", width: 1) == CellGlyph(scalars: [0x20]))
        #expect(glyph("", width: 2) == CellGlyph(scalars: [0x20], trailing: 0x20))
    }
}
