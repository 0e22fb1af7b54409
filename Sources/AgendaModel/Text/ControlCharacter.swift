/// A character that terminals obey instead of showing: a C0 or C1 control, DEL, or a bidirectional
/// embedding, override or isolate (U+202A–U+202E, U+2066–U+2069).
///
/// Text can carry one into an agenda through a merged copy or an import. Written raw to a terminal,
/// `ESC ]0;…BEL` sets the window title, `ESC [2J` clears the screen, `ESC ]52;…` writes the clipboard,
/// and U+202E shows the text after it reversed. Whatever people read on a terminal shows such a
/// character as its visible escape, `<U+001B>`; see `String.escapingControls(multiline:)`.
public struct ControlCharacter: Hashable, Sendable, CustomStringConvertible {
    /// What a terminal does with the character.
    public enum Kind: Sendable {
        /// A C0 or C1 control or DEL: moves the cursor, starts an escape sequence, rings the bell.
        case control
        /// A bidirectional embedding, override or isolate: reorders the text around it on screen.
        case bidirectional
    }

    public let scalar: Unicode.Scalar

    /// The character for a scalar that is one, else nil.
    public init?(_ scalar: Unicode.Scalar) {
        guard Self.isControl(scalar.value) else { return nil }
        self.scalar = scalar
    }

    /// Whether a scalar value is a control character: C0 (U+0000–U+001F), DEL, C1 (U+0080–U+009F)
    /// or a bidirectional control (U+202A–U+202E, U+2066–U+2069).
    @inlinable
    public static func isControl(_ value: UInt32) -> Bool {
        value < 0x20 || (value >= 0x7F && value < 0xA0) || (value >= 0x202A && value <= 0x202E)
            || (value >= 0x2066 && value <= 0x2069)
    }

    public var kind: Kind {
        scalar.value >= 0x202A ? .bidirectional : .control
    }

    /// The character's code point as Unicode writes it: `U+001B`.
    public var code: String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// How text shown to people writes the character: `<U+001B>`, eight columns of plain ASCII.
    public var visibleEscape: String {
        "<" + code + ">"
    }

    /// The character's short name from Unicode and ECMA-48: `ESC`, `BEL`, `DEL`, `CSI`, `RLO`, `LRI`.
    public var name: String {
        let value = Int(scalar.value)
        switch value {
        case 0..<0x20: return Self.c0Names[value]
        case 0x7F: return "DEL"
        case 0x80..<0xA0: return Self.c1Names[value - 0x80]
        case 0x202A...0x202E: return Self.embeddingNames[value - 0x202A]
        default: return Self.isolateNames[value - 0x2066]
        }
    }

    /// `control character (ESC, U+001B)` or `bidirectional control (RLO, U+202E)`.
    public var description: String {
        (kind == .control ? "control character" : "bidirectional control") + " (\(name), \(code))"
    }

    private static let c0Names = [
        "NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "HT", "LF", "VT", "FF", "CR", "SO", "SI",
        "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB", "ESC", "FS", "GS", "RS", "US",
    ]
    private static let c1Names = [
        "PAD", "HOP", "BPH", "NBH", "IND", "NEL", "SSA", "ESA", "HTS", "HTJ", "VTS", "PLD", "PLU", "RI", "SS2", "SS3",
        "DCS", "PU1", "PU2", "STS", "CCH", "MW", "SPA", "EPA", "SOS", "SGC", "SCI", "CSI", "ST", "OSC", "PM", "APC",
    ]
    private static let embeddingNames = ["LRE", "RLE", "PDF", "LRO", "RLO"]
    private static let isolateNames = ["LRI", "RLI", "FSI", "PDI"]
}
