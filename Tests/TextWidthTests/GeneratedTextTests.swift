import Testing
import TextWidth

/// Property checks over many generated strings mixing every kind of cluster the rules cover.
@Suite struct GeneratedTextTests {
    /// A small seedable generator (SplitMix64), so failures reproduce.
    struct SplitMix64: RandomNumberGenerator {
        var state: UInt64

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let pieces = [
        "a", "b", "Z", " ", "-", "~", "á", "ñ", "ç", "ã", "e\u{301}", "\u{301}", "\u{323}\u{302}", "日", "本",
        "ｱ", "Ａ", "한", "\u{1100}\u{1161}\u{11A8}", "👍", "👍🏽", "👩🏽‍🌾", "🇲🇽", "\u{1F1E7}", "❤️", "❤",
        "1️⃣", "✌🏽", "\u{200B}", "\u{200D}", "\u{FE0F}", "\t", "\r\n", "\u{AD}", "…", "Québec",
        "Michoacán", "São Paulo",
    ]

    static func generatedTexts(count: Int, seed: UInt64) -> [String] {
        var random = SplitMix64(state: seed)
        return (0..<count).map { _ in
            let length = Int.random(in: 0...14, using: &random)
            return (0..<length).map { _ in pieces.randomElement(using: &random)! }.joined()
        }
    }

    /// Scalar offsets of every grapheme-cluster boundary in `text`.
    static func clusterBoundaries(_ text: String) -> Set<Int> {
        var offset = 0
        var boundaries: Set<Int> = [0]
        for character in text {
            offset += character.unicodeScalars.count
            boundaries.insert(offset)
        }
        return boundaries
    }

    @Test func stringWidthIsTheSumOfCharacterWidths() {
        for text in Self.generatedTexts(count: 3_000, seed: 1) {
            let sum = text.reduce(0) { $0 + DisplayWidth.of($1) }
            #expect(DisplayWidth.of(text) == sum, "\(text.unicodeScalars.map { $0.value })")
        }
    }

    /// Scalars chosen to stress grapheme breaking: Hangul jamo and syllables, kana voicing marks,
    /// Indic conjuncts, prepended marks, regional indicators, joiners, controls, and any scalar.
    static let trickyScalars: [ClosedRange<UInt32>] = [
        0x20...0x7E, 0x0D...0x0D, 0x0A...0x0A, 0x00...0x1F, 0x7F...0xFF, 0x300...0x36F, 0x915...0x939,
        0x93E...0x94D, 0x200C...0x200D, 0xFE0E...0xFE0F, 0x1100...0x1112, 0x1161...0x1175, 0x11A8...0x11C2,
        0xAC00...0xAC1F, 0x3041...0x3099, 0x3099...0x309C, 0xFF61...0xFFA0, 0x4E00...0x4E0F, 0x0600...0x0605,
        0x0D4E...0x0D4E, 0x1F1E6...0x1F1FF, 0x1F3FB...0x1F3FF, 0x1F466...0x1F469, 0x2764...0x2764,
        0x20E3...0x20E3, 0xE0061...0xE007F, 0x0...0x10FFFF,
    ]

    static func scalarSoup(count: Int, seed: UInt64) -> [String] {
        var random = SplitMix64(state: seed)
        return (0..<count).map { _ in
            var text = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...12, using: &random) {
                let range = trickyScalars.randomElement(using: &random)!
                if let scalar = Unicode.Scalar(UInt32.random(in: range, using: &random)) {
                    text.append(scalar)
                }
            }
            return String(text)
        }
    }

    @Test func scannerAgreesWithSwiftsGraphemeBreaking() {
        for text in Self.scalarSoup(count: 20_000, seed: 5) {
            let sum = text.reduce(0) { $0 + DisplayWidth.of($1) }
            let codes = text.unicodeScalars.map { String($0.value, radix: 16) }
            #expect(DisplayWidth.of(text) == sum, "\(codes)")
            let boundaries = Self.clusterBoundaries(text)
            for width in 1...12 {
                let (prefix, _) = text.prefix(fittingWidth: width)
                #expect(boundaries.contains(prefix.unicodeScalars.count), "\(codes) at \(width)")
            }
        }
    }

    @Test func truncationFitsAndKeepsAWholeClusterPrefix() {
        let ellipsis = "…"
        for text in Self.generatedTexts(count: 1_500, seed: 2) {
            let scalars = Array(text.unicodeScalars)
            let boundaries = Self.clusterBoundaries(text)
            let fullWidth = DisplayWidth.of(text)
            for width in 0...16 {
                let result = text.truncated(toWidth: width, ellipsis: ellipsis)
                #expect(DisplayWidth.of(result) <= width)
                guard width > 0 else {
                    #expect(result.isEmpty)  // even for text of zero width
                    continue
                }
                if fullWidth <= width {
                    #expect(Array(result.unicodeScalars) == scalars)
                    continue
                }
                // The result is a prefix of whole clusters, then the ellipsis.
                let kept = Array(result.unicodeScalars.dropLast())
                #expect(result.unicodeScalars.last == "…")
                #expect(Array(scalars.prefix(kept.count)) == kept, "\(text) -> \(result)")
                #expect(boundaries.contains(kept.count), "split a cluster: \(text) -> \(result)")
                // And the longest such prefix: the next cluster would not fit beside the ellipsis.
                let keptText = String(String.UnicodeScalarView(kept))
                let rest = String(String.UnicodeScalarView(scalars[kept.count...]))
                if let next = rest.first {
                    #expect(DisplayWidth.of(keptText) + DisplayWidth.of(next) + 1 > width, "\(text) -> \(result)")
                }
            }
        }
    }

    @Test func prefixFittingWidthMatchesCharacterByCharacter() {
        for text in Self.generatedTexts(count: 1_500, seed: 3) {
            for width in 0...16 {
                var expected = ""
                var expectedWidth = 0
                for character in text where width > 0 {
                    let characterWidth = DisplayWidth.of(character)
                    guard expectedWidth + characterWidth <= width else { break }
                    expected.append(character)
                    expectedWidth += characterWidth
                }
                let (prefix, prefixWidth) = text.prefix(fittingWidth: width)
                #expect(Array(prefix.unicodeScalars) == Array(expected.unicodeScalars))
                #expect(prefixWidth == expectedWidth)
            }
        }
    }

    @Test func paddingIsExactlyTheWidth() {
        for text in Self.generatedTexts(count: 1_000, seed: 4) {
            for width in 0...16 {
                let left = text.padded(toWidth: width)
                let right = text.padded(toWidth: width, alignment: .right)
                #expect(DisplayWidth.of(left) == width, "\(text) -> \(left)")
                #expect(DisplayWidth.of(right) == width, "\(text) -> \(right)")
                let truncated = text.truncated(toWidth: width)
                #expect(left.hasPrefix(truncated) || truncated.isEmpty)
            }
        }
    }
}
