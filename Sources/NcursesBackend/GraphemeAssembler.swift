/// Joins the code points that `wget_wch` hands over one at a time into whole characters.
///
/// A pasted "e\u{301}" or "👩🏽‍🌾" arrives as several wide characters in a row; the program must
/// see one `Character`. The backend keeps reading while the next code point extends the grapheme
/// cluster so far, by the Swift runtime's own grapheme breaking rules.
struct GraphemeAssembler: Sendable {
    private(set) var scalars: String.UnicodeScalarView

    /// Starts a cluster with its first scalar.
    init(_ first: Unicode.Scalar) {
        scalars = String.UnicodeScalarView()
        scalars.append(first)
    }

    /// Adds `next` if it continues the cluster; false (and nothing added) if it starts a new one.
    mutating func extend(with next: Unicode.Scalar) -> Bool {
        guard Self.mayExtend(next) else { return false }
        var candidate = scalars
        candidate.append(next)
        guard String(candidate).count == 1 else { return false }
        scalars = candidate
        return true
    }

    /// The cluster as one character.
    var character: Character { Character(String(scalars)) }

    /// Whether a scalar is worth trying: controls never join a cluster the program sees.
    static func mayExtend(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x20 && !(0x7F..<0xA0).contains(scalar.value)
    }
}
