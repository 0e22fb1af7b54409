/// Terminal column widths of text: how many cells a scalar, a character or a string occupies.
///
/// Widths follow what terminals draw, as glibc's `wcwidth` computes them for single scalars,
/// but without depending on the process locale, and extended to whole grapheme clusters:
///
/// - 0 columns: C0 and C1 controls and DEL, combining marks (Mn, Me), format characters (Cf,
///   except U+00AD SOFT HYPHEN), line and paragraph separators, Hangul medial vowels and final
///   consonants (U+1160–U+11FF, U+D7B0–U+D7FF).
/// - 2 columns: East Asian Wide and Fullwidth characters (CJK, Hangul syllables, fullwidth
///   forms) and emoji with emoji presentation, such as 👍.
/// - 1 column: everything else, including unassigned code points and private use.
///
/// A grapheme cluster takes the width of its first scalar, except that these emoji sequences
/// take 2 columns: a text-style pictograph followed by U+FE0F (❤️), by a skin-tone modifier (✌🏽)
/// or joined by U+200D to another scalar; a keycap (1️⃣); and a pair of regional indicators (🇲🇽).
/// A zero-width-joiner sequence such as 👩🏽‍🌾 is 2 columns in all, not the sum of its parts.
/// U+FE0E (text presentation) does not narrow a wide emoji: ⌚︎ stays 2 columns, as in most terminals.
///
/// The tables come from Unicode 14.0 (see `Scripts/generate-width-tables.py`).
public enum DisplayWidth {
    /// The columns one grapheme cluster occupies: 0, 1 or 2.
    ///
    /// Controls (including `"\r\n"` and tabs) are 0; see the type's documentation for the rules.
    @inlinable
    public static func of(_ character: Character) -> Int {
        if let ascii = character.asciiValue {
            return printableASCIIWidth(ascii)
        }
        return clusterWidth(character.unicodeScalars)
    }

    /// The columns a string occupies: the sum of its grapheme clusters' widths.
    ///
    /// Tabs, newlines and other control characters count 0 columns: callers that display them
    /// must replace them first (for example a tab with spaces, a newline with a space or `⏎`).
    /// Strings of printable ASCII alone are measured by their byte count, without grapheme breaking.
    @inlinable
    public static func of(_ text: some StringProtocol) -> Int {
        if let string = text as? String {
            return width(of: string[...])
        }
        if let substring = text as? Substring {
            return width(of: substring)
        }
        return width(of: String(text)[...])
    }

    /// The columns one Unicode scalar occupies on its own: 0, 1 or 2.
    ///
    /// This is the scalar's width outside any emoji sequence: ❤ (U+2764) is 1 here, though ❤️ with
    /// U+FE0F is 2 as a `Character`. Controls are 0 (where `wcwidth` gives -1).
    @inlinable
    public static func of(scalar: Unicode.Scalar) -> Int {
        of(scalarValue: scalar.value)
    }

    /// The width of a scalar value, as `of(scalar:)`: ASCII inline, the rest from the tables.
    @inlinable @inline(__always)
    static func of(scalarValue value: UInt32) -> Int {
        if value < 0x7F {
            return value >= 0x20 ? 1 : 0
        }
        return nonASCIIWidth(value)
    }

    /// The width of an ASCII byte: 1 if printable, 0 for controls and DEL.
    @inlinable
    static func printableASCIIWidth(_ byte: UInt8) -> Int {
        byte &- 0x20 < 0x5F ? 1 : 0
    }

    /// The width of a scalar value at or above U+007F, from the generated tables.
    @usableFromInline
    static func nonASCIIWidth(_ value: UInt32) -> Int {
        if value < 0xA0 {
            return 0  // DEL and the C1 controls.
        }
        if value < 0x300 {
            return 1  // Latin-1 and Latin Extended: no marks, no wide characters (U+00AD is 1).
        }
        if (0x4E00...0x9FFF).contains(value) || (0xAC00...0xD7A3).contains(value) {
            return 2  // CJK ideographs and Hangul syllables, the commonest wide text, without a search.
        }
        if WidthTables.contains(value, in: WidthTables.zeroWidth) {
            return 0
        }
        if value < 0x1100 {
            return 1  // Nothing wide comes before the Hangul leading consonants.
        }
        return WidthTables.contains(value, in: WidthTables.wide) ? 2 : 1
    }
}
