import CNcurses
import TerminalWidgets

/// A foreground and background colour number for `init_pair`; -1 is the terminal's default.
struct ColorPair: Hashable, Sendable {
    var foreground: Int16
    var background: Int16

    /// The terminal's own colours, ncurses' pair 0, which needs no allocation.
    static let terminalDefault = ColorPair(foreground: -1, background: -1)
}

/// The ncurses attribute bits (`A_BOLD` and so on, through the shim) for the style attributes.
struct AttributeBits: Equatable, Sendable {
    var bold: UInt32
    var dim: UInt32
    var underline: UInt32
    var reverse: UInt32
    var italic: UInt32

    /// The bits of this ncurses build.
    static let ncurses = AttributeBits(
        bold: UInt32(agenda_attr_bold()),
        dim: UInt32(agenda_attr_dim()),
        underline: UInt32(agenda_attr_underline()),
        reverse: UInt32(agenda_attr_reverse()),
        italic: UInt32(agenda_attr_italic())
    )
}

/// Turns a `Style` into ncurses attributes and a colour pair for the terminal's colours: a pure
/// function of the style and what the terminal offers.
///
/// - Without colours (monochrome, `NO_COLOR`) the style is drawn as `Style.monochrome`: its
///   attributes only.
/// - With 8 colours the bright foregrounds become the base colour in bold, and the bright
///   backgrounds the base colour, as on the Linux console.
/// - Where the terminal has no default colours (`use_default_colors` failed), the default
///   foreground is white and the default background black.
struct StylePalette: Equatable, Sendable {
    /// The colours the terminal has (`COLORS`), 0 for none or when colours are off.
    var colorCount: Int
    /// Whether -1 may stand for the terminal's default colour.
    var hasDefaultColors: Bool
    var bits: AttributeBits

    init(colorCount: Int, hasDefaultColors: Bool = true, bits: AttributeBits = .ncurses) {
        self.colorCount = colorCount
        self.hasDefaultColors = hasDefaultColors
        self.bits = bits
    }

    /// Whether colours are drawn at all.
    var hasColor: Bool { colorCount >= 8 }

    /// The attribute bits and the colour pair (nil without colours) that draw a style.
    func map(_ style: Style) -> (attributes: UInt32, colors: ColorPair?) {
        var attributes = attributeBits(style.attributes)
        guard hasColor else { return (attributes, nil) }
        var foreground = Int16(style.foreground.rawValue)
        var background = Int16(style.background.rawValue)
        if colorCount < 16 {
            if foreground >= 8 {
                foreground -= 8
                attributes |= bits.bold
            }
            if background >= 8 { background -= 8 }
        }
        if !hasDefaultColors {
            if foreground < 0 { foreground = Int16(Color.white.rawValue) }
            if background < 0 { background = Int16(Color.black.rawValue) }
        }
        return (attributes, ColorPair(foreground: foreground, background: background))
    }

    /// The ncurses bits of a set of style attributes.
    func attributeBits(_ attributes: Style.Attributes) -> UInt32 {
        var result: UInt32 = 0
        if attributes.contains(.bold) { result |= bits.bold }
        if attributes.contains(.dim) { result |= bits.dim }
        if attributes.contains(.underline) { result |= bits.underline }
        if attributes.contains(.reverse) { result |= bits.reverse }
        if attributes.contains(.italic) { result |= bits.italic }
        return result
    }
}
