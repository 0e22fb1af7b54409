extension FieldRules {
    /// A slug made from a name: folded to lowercase without accents, each run of other characters a dash,
    /// `Rosa Hernández` → `rosa-hernandez`; `fallback` when the name has no letter or digit in ASCII.
    public static func slug(from name: String, fallback: String) -> String {
        var slug = ""
        var pendingDash = false
        for byte in TextFolding.fold(name).utf8 {
            let isLetterOrDigit = (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            guard isLetterOrDigit else {
                pendingDash = !slug.isEmpty
                continue
            }
            if pendingDash { slug.append("-") }
            pendingDash = false
            slug.append(Character(Unicode.Scalar(byte)))
            if slug.utf8.count >= 48 { break }
        }
        return slug.isEmpty ? fallback : slug
    }

    /// A slug from a name that none of `taken` is: the name's slug, else it with `-2`, `-3`...
    public static func freeSlug(from name: String, fallback: String, taken: (String) -> Bool) -> String {
        let base = slug(from: name, fallback: fallback)
        if !taken(base) { return base }
        var number = 2
        while taken(base + "-\(number)") { number += 1 }
        return base + "-\(number)"
    }
}

extension Agenda {
    /// An id for a new person of the roster, from their name: `rosa-hernandez`, or `rosa-hernandez-2` when
    /// taken.
    public func newPersonID(for name: String) -> String {
        FieldRules.freeSlug(from: name, fallback: "person") { person($0) != nil }
    }

    /// An id for a new area, from its name: `voto-en-el-exterior`, or with `-2` when taken.
    public func newAreaID(for name: String) -> String {
        FieldRules.freeSlug(from: name, fallback: "area") { area($0) != nil }
    }
}
