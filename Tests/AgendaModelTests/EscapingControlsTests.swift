import AgendaModel
import Testing
import TextWidth

/// Control characters as visible escapes: what is escaped, what is kept, and the width of the result.
@Suite struct EscapingControlsTests {
    @Test func eachKindOfControlCharacterBecomesItsVisibleEscape() {
        #expect("\u{1B}]0;pwned\u{07}".escapingControls() == "<U+001B>]0;pwned<U+0007>")
        #expect("\u{1B}[2J".escapingControls() == "<U+001B>[2J")
        #expect("\u{1B}]52;c;cHduZWQ=\u{07}".escapingControls() == "<U+001B>]52;c;cHduZWQ=<U+0007>")
        #expect("\u{9B}31m".escapingControls() == "<U+009B>31m")
        #expect("a\u{7F}b\u{0}c".escapingControls() == "a<U+007F>b<U+0000>c")
        #expect("Ana \u{202E}lived\u{2066}".escapingControls() == "Ana <U+202E>lived<U+2066>")
        let bidirectional = (0x202A...0x202E).map { $0 } + (0x2066...0x2069).map { $0 }
        for value in bidirectional + [0x00, 0x1F, 0x80, 0x85, 0x9F] {
            let text = String(Unicode.Scalar(UInt32(value))!)
            #expect(text.escapingControls() == "<U+" + (value < 0x1000 ? "0" : "") + (value < 0x100 ? "0" : "")
                        + (value < 0x10 ? "0" : "") + String(value, radix: 16, uppercase: true) + ">")
            #expect(text.escapingControls(multiline: true) == text.escapingControls())
        }
        // Substrings too.
        #expect("x\u{1B}y".dropFirst().escapingControls() == "<U+001B>y")
    }

    @Test func lineBreaksAndTabsAreEscapedOnOneLineAndKeptOverSeveral() {
        #expect("a\nb\tc".escapingControls() == "a<U+000A>b<U+0009>c")
        #expect("a\nb\tc".escapingControls(multiline: true) == "a\nb\tc")
        #expect("a\r\nb".escapingControls() == "a<U+000D><U+000A>b")
        #expect("a\r\nb".escapingControls(multiline: true) == "a\r\nb")
        // A carriage return alone would send the cursor back over the line: escaped.
        #expect("safe\rfake".escapingControls(multiline: true) == "safe<U+000D>fake")
        #expect("end\r".escapingControls(multiline: true) == "end<U+000D>")
        #expect("\r\r\n".escapingControls(multiline: true) == "<U+000D>\r\n")
        #expect("one\n\u{1B}[2Jtwo".escapingControls(multiline: true) == "one\n<U+001B>[2Jtwo")
        // Vertical tab and form feed are no line breaks here.
        #expect("a\u{0B}b\u{0C}".escapingControls(multiline: true) == "a<U+000B>b<U+000C>")
    }

    @Test func textWithoutControlCharactersIsLeftExactlyAsItIs() {
        let texts = [
            "Michoaca\u{301}n", "Michoacán", "Jesús Martínez Saldaña", "日本語の学校", "👩🏽‍🌾 🇲🇽 ❤️ 1️⃣", "مرحبا",
            "\u{200F}\u{200E}\u{2028}\u{2029}\u{A0}\u{AD}", "", "<U+001B> typed by hand",
        ]
        for text in texts {
            #expect(Array(text.escapingControls().unicodeScalars) == Array(text.unicodeScalars), "\(text)")
            #expect(Array(text.escapingControls(multiline: true).unicodeScalars) == Array(text.unicodeScalars))
        }
        // A decomposed accent after an escaped character keeps its letter.
        let mixed = "Michoaca\u{301}n\u{1B}[2Je\u{301}"
        #expect(Array(mixed.escapingControls().unicodeScalars) == Array("Michoaca\u{301}n<U+001B>[2Je\u{301}".unicodeScalars))
    }

    @Test func anEscapeIsEightColumnsWide() {
        #expect(DisplayWidth.of("日本\u{1B}[2J") == 7)
        #expect(DisplayWidth.of("日本\u{1B}[2J".escapingControls()) == 15)
        #expect(DisplayWidth.of("Michoaca\u{301}n \u{202E}👩🏽‍🌾".escapingControls()) == 10 + 8 + 2)
        for value: UInt32 in [0x07, 0x1B, 0x7F, 0x9B, 0x202E, 0x2069] {
            let escape = String(Unicode.Scalar(value)!).escapingControls()
            #expect(DisplayWidth.of(escape) == 8 && escape.utf8.count == 8)
        }
    }

    @Test func eachControlCharacterHasItsNameAndKind() throws {
        let escape = try #require(ControlCharacter("\u{1B}"))
        #expect(escape.name == "ESC" && escape.code == "U+001B" && escape.kind == .control)
        #expect(escape.description == "control character (ESC, U+001B)")
        #expect(escape.visibleEscape == "<U+001B>")
        #expect(ControlCharacter("\u{07}")?.name == "BEL")
        #expect(ControlCharacter("\u{7F}")?.name == "DEL")
        #expect(ControlCharacter("\u{9B}")?.name == "CSI")
        #expect(ControlCharacter("\u{9D}")?.name == "OSC")
        let override = try #require(ControlCharacter("\u{202E}"))
        #expect(override.name == "RLO" && override.kind == .bidirectional)
        #expect(override.description == "bidirectional control (RLO, U+202E)")
        #expect(ControlCharacter("\u{2066}")?.name == "LRI")
        #expect(ControlCharacter("\u{2069}")?.name == "PDI")
        for scalar: Unicode.Scalar in ["a", " ", "\u{A0}", "\u{2028}", "\u{200F}", "\u{2070}", "\u{2029}", "é"] {
            #expect(ControlCharacter(scalar) == nil, "\(scalar.value)")
        }
    }
}
