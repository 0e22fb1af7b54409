import Testing
import TextWidth

/// Widths of emoji: presentation, variation selectors, sequences, flags, keycaps.
@Suite struct EmojiWidthTests {
    @Test(arguments: [
        ("👍", 2), ("👍🏽", 2), ("👩🏽‍🌾", 2), ("👨‍👩‍👧‍👦", 2), ("🏳️‍🌈", 2), ("❤️‍🔥", 2), ("🐻‍❄️", 2),
        ("🇲🇽", 2), ("🇧🇷", 2), ("❤️", 2), ("❤", 1), ("☺", 1), ("☺️", 2), ("™", 1), ("™️", 2),
        ("1️⃣", 2), ("#️⃣", 2), ("1\u{20E3}", 2), ("1", 1), ("✌", 1), ("✌🏽", 2), ("⌚", 2), ("⌚\u{FE0E}", 2),
        ("🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}", 2), ("\u{1F3FD}", 2),
        ("\u{1F1F2}", 1), ("a\u{FE0F}", 1), ("\u{1FAE8}", 2), ("🌡", 1), ("🌡️", 2),
    ])
    func emojiCharacter(text: String, width: Int) {
        #expect(text.count == 1, "\(text) should be one grapheme cluster")
        #expect(DisplayWidth.of(Character(text)) == width)
        #expect(DisplayWidth.of(text) == width)
    }

    @Test func emojiInText() {
        #expect(DisplayWidth.of("Hola 👋🏽 mundo") == 13)
        #expect(DisplayWidth.of("🇲🇽🇧🇷") == 4)
        #expect(DisplayWidth.of("🇲🇽🇧") == 3)  // a lone regional indicator is one column
        #expect(DisplayWidth.of("Prioridad 1️⃣ ❤️ ✅") == 18)
        #expect(DisplayWidth.of("👩🏽‍🌾👩🏽‍🌾👩🏽‍🌾") == 6)
    }

    /// The hand-copied emoji data in the table generator, checked against the Swift runtime's own
    /// Unicode properties for every scalar that Unicode 14.0 (the tables' version) had assigned.
    @Test func emojiTablesAgreeWithTheSwiftRuntime() {
        var mismatches: [String] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value), let age = scalar.properties.age,
                age.major < 14 || (age.major == 14 && age.minor == 0)
            else { continue }
            let properties = scalar.properties
            let isRegionalIndicator = (0x1F1E6...0x1F1FF).contains(value)
            let alone = DisplayWidth.of(scalar: scalar)
            let withSelector = DisplayWidth.of(String(scalar) + "\u{FE0F}")
            if properties.isEmojiPresentation && !isRegionalIndicator && alone != 2 {
                mismatches.append("U+\(String(value, radix: 16)) emoji presentation, width \(alone)")
            }
            if properties.isEmoji && !isRegionalIndicator {
                if withSelector != 2 {
                    mismatches.append("U+\(String(value, radix: 16)) emoji, with VS16 width \(withSelector)")
                }
            } else if withSelector != alone {
                mismatches.append("U+\(String(value, radix: 16)) not emoji, with VS16 width \(withSelector)")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
    }
}
