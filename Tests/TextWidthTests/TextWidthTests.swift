import Testing
import TextWidth

/// Widths of plain text: ASCII, accented Latin, decomposed marks, CJK, Hangul, controls.
@Suite struct TextWidthTests {
    @Test func asciiIsOneColumnPerByte() {
        #expect(DisplayWidth.of("") == 0)
        #expect(DisplayWidth.of("a") == 1)
        #expect(DisplayWidth.of("Agenda legislativa 2025: ley #42 (aprobada)") == 43)
        #expect(DisplayWidth.of(" ~") == 2)
        #expect(DisplayWidth.of(Character("x")) == 1)
    }

    @Test(arguments: [
        ("Michoacán", 9), ("Jesús Martínez Saldaña", 22), ("São Paulo", 9), ("Québec", 6),
        ("Ñuño", 4), ("Łódź", 4), ("Ελλάδα", 6), ("Москва", 6), ("coração", 7),
    ])
    func precomposedAccentsAreOneColumn(text: String, width: Int) {
        #expect(DisplayWidth.of(text) == width)
    }

    @Test func decomposedMarksAddNoColumn() {
        #expect(DisplayWidth.of(Character("e\u{301}")) == 1)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("Michoaca\u{301}n") == 9)
        #expect(DisplayWidth.of("Que\u{301}bec") == 6)
        #expect(DisplayWidth.of("Sa\u{303}o Paulo") == 9)
        #expect(DisplayWidth.of("a\u{301}\u{302}\u{323}") == 1)
        // A mark with nothing to attach to is a cluster of its own, zero columns wide.
        #expect(DisplayWidth.of("\u{301}abc") == 3)
        #expect(DisplayWidth.of(Character("\u{301}")) == 0)
        // A mark right after the ASCII fast path's last byte still joins it.
        #expect(DisplayWidth.of("abcdefghije\u{301}") == 11)
    }

    @Test func cjkAndFullwidthAreTwoColumns() {
        #expect(DisplayWidth.of("日本") == 4)
        #expect(DisplayWidth.of(Character("日")) == 2)
        #expect(DisplayWidth.of("東京タワー") == 10)
        #expect(DisplayWidth.of("ＡＢ") == 4)
        #expect(DisplayWidth.of("ｱｲ") == 2)  // halfwidth katakana
        #expect(DisplayWidth.of("。、") == 4)
        #expect(DisplayWidth.of("\u{20000}") == 2)  // CJK Extension B
    }

    @Test func hangul() {
        #expect(DisplayWidth.of("한국어") == 6)
        // Leading consonant, vowel, final consonant: one cluster, two columns.
        let conjoined = "\u{1100}\u{1161}\u{11A8}"
        #expect(conjoined.count == 1)
        #expect(DisplayWidth.of(conjoined) == 2)
        #expect(DisplayWidth.of(scalar: "\u{1100}") == 2)
        #expect(DisplayWidth.of(scalar: "\u{1161}") == 0)
        #expect(DisplayWidth.of(scalar: "\u{11A8}") == 0)
        #expect(DisplayWidth.of(scalar: "\u{D7B0}") == 0)
        #expect(DisplayWidth.of("ㄱ") == 2)  // compatibility jamo
    }

    @Test func controlsAreZeroColumns() {
        #expect(DisplayWidth.of("\t") == 0)
        #expect(DisplayWidth.of("\n") == 0)
        #expect(DisplayWidth.of(Character("\r\n")) == 0)
        #expect(DisplayWidth.of("a\tb\nc\r\nd") == 4)
        #expect(DisplayWidth.of("\u{0}\u{1B}\u{7F}") == 0)
        #expect(DisplayWidth.of("\u{80}\u{85}\u{9B}\u{9F}") == 0)  // C1
        #expect(DisplayWidth.of("\u{2028}\u{2029}") == 0)  // line and paragraph separators
        #expect(DisplayWidth.of(scalar: "\u{1B}") == 0)
        #expect(DisplayWidth.of(scalar: "\u{9F}") == 0)
        #expect(DisplayWidth.of(Character("\u{7F}")) == 0)
    }

    @Test func zeroWidthFormatCharacters() {
        #expect(DisplayWidth.of(Character("\u{200D}")) == 0)  // zero-width joiner alone
        #expect(DisplayWidth.of("\u{200D}") == 0)
        #expect(DisplayWidth.of("\u{200B}") == 0)  // zero-width space
        #expect(DisplayWidth.of("\u{FEFF}") == 0)  // byte order mark
        #expect(DisplayWidth.of("\u{2060}\u{200E}\u{200F}") == 0)
        #expect(DisplayWidth.of("a\u{200B}b") == 2)
        #expect(DisplayWidth.of(scalar: "\u{FE0F}") == 0)
        #expect(DisplayWidth.of(scalar: "\u{E0067}") == 0)  // tag character
    }

    @Test func visibleFormatCharactersAreOneColumn() {
        #expect(DisplayWidth.of(scalar: "\u{AD}") == 1)  // soft hyphen, as in glibc
        #expect(DisplayWidth.of("\u{AD}") == 1)
        #expect(DisplayWidth.of(scalar: "\u{600}") == 1)  // Arabic number sign
    }

    @Test func scalarWidths() {
        #expect(DisplayWidth.of(scalar: "a") == 1)
        #expect(DisplayWidth.of(scalar: "é") == 1)
        #expect(DisplayWidth.of(scalar: "\u{301}") == 0)
        #expect(DisplayWidth.of(scalar: "日") == 2)
        #expect(DisplayWidth.of(scalar: "\u{1F44D}") == 2)
        #expect(DisplayWidth.of(scalar: "\u{2764}") == 1)
        #expect(DisplayWidth.of(scalar: "\u{E000}") == 1)  // private use
        #expect(DisplayWidth.of(scalar: "\u{378}") == 1)  // unassigned
    }

    @Test func mixedText() {
        #expect(DisplayWidth.of("Meta 日本 👍 café") == 17)
        #expect(DisplayWidth.of("Jesús 👩🏽‍🌾 (Michoacán) 🇲🇽") == 23)
        #expect(DisplayWidth.of("Reunión en 東京 ❤️") == 18)
    }

    @Test func substringsAndCharactersAgreeWithStrings() {
        let text = "xx日本Québec👍yy"
        let middle = text.dropFirst(2).dropLast(2)
        #expect(DisplayWidth.of(middle) == 12)
        #expect(DisplayWidth.of(text[...]) == DisplayWidth.of(text))
        let sum = text.reduce(0) { $0 + DisplayWidth.of($1) }
        #expect(sum == DisplayWidth.of(text))
    }
}
