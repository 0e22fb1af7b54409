import Foundation

/// Case- and accent-insensitive forms of text for search and sorting: `Michoacán` folds to `michoacan`.
///
/// Folding works on UTF-8 bytes: ASCII is lowercased in place, Latin letters with accents come from a
/// table computed once, and only rarer scripts go through Foundation's decomposition.
public enum TextFolding {
    /// The folded form: lowercase, with accents and other combining marks removed.
    public static func fold(_ text: String) -> String {
        var text = text
        return text.withUTF8 { utf8 in
            // ASCII without capitals folds to itself.
            if !utf8.contains(where: { $0 >= 0x80 || ($0 >= 0x41 && $0 <= 0x5A) }) {
                return String(decoding: utf8, as: UTF8.self)
            }
            var output: [UInt8] = []
            output.reserveCapacity(utf8.count)
            foldBytes(utf8, into: &output)
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// Appends the folded UTF-8 of a text to `output`, with no string made.
    public static func appendFolded(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { foldBytes($0, into: &output) }
    }

    /// Appends the folded UTF-8 of `utf8` to `output`.
    static func foldBytes(_ utf8: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            if byte < 0x80 {
                output.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
                index += 1
                continue
            }
            // Decode one scalar.
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for offset in 1..<length where index + offset < utf8.count {
                value = value << 6 | UInt32(utf8[index + offset] & 0x3F)
            }
            let end = min(index + length, utf8.count)
            if isCombiningMark(value) {
                // dropped
            } else if value >= latinTableStart, value < latinTableStart + UInt32(latinTable.count) {
                output.append(contentsOf: latinTable[Int(value - latinTableStart)])
            } else if let scalar = Unicode.Scalar(value) {
                output.append(contentsOf: slowFold(scalar).utf8)
            } else {
                output.append(contentsOf: utf8[index..<end])
            }
            index = end
        }
    }

    private static let latinTableStart: UInt32 = 0xC0
    /// Folded UTF-8 of U+00C0 through U+024F (Latin-1 Supplement, Latin Extended-A and -B), computed once.
    private static let latinTable: [[UInt8]] = (0xC0...0x24F).map { value in
        Unicode.Scalar(UInt32(value)).map { Array(slowFold($0).utf8) } ?? []
    }

    private static func slowFold(_ scalar: Unicode.Scalar) -> String {
        let decomposed = String(Character(scalar)).decomposedStringWithCanonicalMapping
        var kept = String.UnicodeScalarView()
        for part in decomposed.unicodeScalars where !isCombiningMark(part.value) {
            kept.append(part)
        }
        return String(kept).lowercased()
    }

    private static func isCombiningMark(_ value: UInt32) -> Bool {
        (0x0300...0x036F).contains(value) || (0x1AB0...0x1AFF).contains(value)
            || (0x1DC0...0x1DFF).contains(value) || (0x20D0...0x20FF).contains(value)
            || (0xFE20...0xFE2F).contains(value)
    }
}
