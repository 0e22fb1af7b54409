/// Reads a string's grapheme clusters from its UTF-8 bytes, yielding each one's width and end.
///
/// Clusters are exactly Swift's `Character`s, but no `Character` is built. Most clusters are a
/// single scalar followed by one that certainly starts a new cluster (Latin letters, CJK, kana,
/// Hangul syllables, ASCII): those are read straight from the bytes. Anything else (combining
/// marks, emoji sequences, Indic scripts, ...) is measured with Swift's own grapheme breaking.
struct ClusterScanner {
    private let text: Substring
    private let bytes: UnsafeBufferPointer<UInt8>
    /// The byte offset of the next cluster, from the start of `text`.
    private var offset: Int
    /// The end of the last cluster measured by grapheme breaking, as a `Character`-aligned index
    /// (so that the next grapheme breaking from there need not first re-check the boundary).
    private var lastBreak: (offset: Int, index: String.Index)?

    /// A scanner over `text`, whose UTF-8 is `bytes`, from `offset`, which must be a cluster boundary.
    init(_ text: Substring, bytes: UnsafeBufferPointer<UInt8>, from offset: Int) {
        self.text = text
        self.bytes = bytes
        self.offset = offset
    }

    /// The width of the next cluster and the byte offset just past it, or nil at the end.
    mutating func next() -> (width: Int, end: Int)? {
        let start = offset
        guard start < bytes.count else {
            return nil
        }
        let (scalar, length) = decode(at: start)
        let following = start &+ length
        if following == bytes.count {
            offset = following
            return (DisplayWidth.of(scalarValue: scalar), following)
        }
        let nextByte = bytes[following]
        if scalar == 0x0D && nextByte == 0x0A {
            offset = following &+ 1  // CR LF is one cluster.
            return (0, offset)
        }
        if Self.isSimple(scalar) && (nextByte < 0x80 || Self.isSimple(decode(at: following).scalar)) {
            offset = following
            return (DisplayWidth.of(scalarValue: scalar), following)
        }
        return measureWithGraphemeBreaking(from: start)
    }

    /// The next cluster measured with Swift's grapheme breaking, for the cases the fast path leaves.
    private mutating func measureWithGraphemeBreaking(from start: Int) -> (width: Int, end: Int) {
        let startIndex: String.Index
        if let lastBreak, lastBreak.offset == start {
            startIndex = lastBreak.index
        } else {
            startIndex = text.utf8.index(text.startIndex, offsetBy: start)
        }
        let endIndex = text.index(after: startIndex)
        let end = start &+ text.utf8.distance(from: startIndex, to: endIndex)
        offset = end
        lastBreak = (end, endIndex)
        return (DisplayWidth.clusterWidth(ScalarValues(scanner: self, start: start, end: end)), end)
    }

    /// The scalar value starting at byte `index`, and its length in bytes (valid UTF-8 assumed).
    private func decode(at index: Int) -> (scalar: UInt32, length: Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 {
            return (lead, 1)
        }
        let second = UInt32(bytes[index &+ 1]) & 0x3F
        if lead < 0xE0 {
            return ((lead & 0x1F) << 6 | second, 2)
        }
        let third = UInt32(bytes[index &+ 2]) & 0x3F
        if lead < 0xF0 {
            return ((lead & 0x0F) << 12 | second << 6 | third, 3)
        }
        let fourth = UInt32(bytes[index &+ 3]) & 0x3F
        return ((lead & 0x07) << 18 | second << 12 | third << 6 | fourth, 4)
    }

    /// The scalar values of the bytes from `start` to `end`, decoded in place.
    struct ScalarValues: Sequence, IteratorProtocol {
        let scanner: ClusterScanner
        var start: Int
        let end: Int

        mutating func next() -> UInt32? {
            guard start < end else {
                return nil
            }
            let (scalar, length) = scanner.decode(at: start)
            start &+= length
            return scalar
        }
    }

    /// Whether `scalar` is simple: a grapheme cluster boundary surely lies between a simple
    /// scalar and a simple or ASCII one after it.
    ///
    /// Simple scalars are those below U+0300 other than CR, and common CJK letters: all have
    /// Grapheme_Cluster_Break Other, Control, LF, LV or LVT, and none is a prepended mark, a
    /// joiner, an Indic conjunct consonant or linker, a regional indicator or a Hangul jamo, so
    /// no rule of UAX #29 keeps one together with the next (ASCII has no marks or joiners either).
    static func isSimple(_ scalar: UInt32) -> Bool {
        scalar < 0x300 ? scalar != 0x0D : isCommonWideLetter(scalar)
    }

    /// Kana, CJK ideographs, Hangul syllables and fullwidth forms, leaving out the combining
    /// kana voicing marks (U+3099, U+309A) and the halfwidth ones (U+FF9E, U+FF9F).
    static func isCommonWideLetter(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x3041...0x3096, 0x309B...0x30FF, 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xFF01...0xFF60:
            return true
        default:
            return false
        }
    }
}
