/// Readable ids made from names: `Rosa Hernández` → `rosa-hernandez`.
public enum Slug {
    /// The longest id made, in characters (ids may hold 64: room is left for a number).
    static let longest = 48

    /// An id for a record named `name`: the name folded (lowercase, no accents), its words joined by
    /// hyphens, cut at a word before 48 characters; with `-2`, `-3`, ... added when `taken` holds it.
    /// A name with no letter or digit of the Latin alphabet gives `fallback`, numbered the same way.
    public static func make(from name: String, avoiding taken: Set<String>, fallback: String = "person") -> String {
        var words: [String] = []
        var word = ""
        for character in TextFolding.fold(name) {
            if character.isASCII, character.isLetter || character.isNumber {
                word.append(character)
            } else if !word.isEmpty {
                words.append(word)
                word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        var base = ""
        for word in words {
            let next = base.isEmpty ? word : base + "-" + word
            if next.count > longest { break }
            base = next
        }
        if base.isEmpty { base = words.first.map { String($0.prefix(longest)) } ?? fallback }
        guard taken.contains(base) else { return base }
        var number = 2
        while taken.contains("\(base)-\(number)") { number += 1 }
        return "\(base)-\(number)"
    }
}
