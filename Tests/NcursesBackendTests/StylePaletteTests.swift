import Testing
import TerminalWidgets
@testable import NcursesBackend

/// Styles as ncurses attributes and colour pairs.
@Suite struct StylePaletteTests {
    let bits = AttributeBits.ncurses

    @Test func eachAttributeHasItsBit() {
        let palette = StylePalette(colorCount: 256)
        #expect(palette.attributeBits(.bold) == bits.bold)
        #expect(palette.attributeBits(.dim) == bits.dim)
        #expect(palette.attributeBits(.underline) == bits.underline)
        #expect(palette.attributeBits(.reverse) == bits.reverse)
        #expect(palette.attributeBits(.italic) == bits.italic)
        #expect(palette.attributeBits([.bold, .underline]) == bits.bold | bits.underline)
        #expect(palette.attributeBits([]) == 0)
        #expect(Set([bits.bold, bits.dim, bits.underline, bits.reverse, bits.italic]).count == 5)
    }

    @Test func theDefaultStyleIsPairZero() {
        let mapped = StylePalette(colorCount: 256).map(.plain)
        #expect(mapped.attributes == 0)
        #expect(mapped.colors == .terminalDefault)
    }

    @Test func sixteenColoursAreUsedAsTheyAre() {
        let mapped = StylePalette(colorCount: 16).map(Style(foreground: .brightRed, background: .blue, attributes: .bold))
        #expect(mapped.attributes == bits.bold)
        #expect(mapped.colors == ColorPair(foreground: 9, background: 4))
    }

    @Test func eightColoursDrawBrightForegroundsBold() {
        let mapped = StylePalette(colorCount: 8).map(Style(foreground: .brightYellow, background: .brightBlue))
        #expect(mapped.attributes == bits.bold)
        #expect(mapped.colors == ColorPair(foreground: 3, background: 4))
    }

    @Test func monochromeKeepsOnlyTheAttributes() {
        let palette = StylePalette(colorCount: 0)
        #expect(!palette.hasColor)
        let mapped = palette.map(Style(foreground: .red, background: .white, attributes: [.reverse, .italic]))
        #expect(mapped.attributes == bits.reverse | bits.italic)
        #expect(mapped.colors == nil)
    }

    @Test func withoutDefaultColoursWhiteOnBlackStandsIn() {
        let mapped = StylePalette(colorCount: 8, hasDefaultColors: false).map(Style(foreground: .green))
        #expect(mapped.colors == ColorPair(foreground: 2, background: 0))
    }
}
