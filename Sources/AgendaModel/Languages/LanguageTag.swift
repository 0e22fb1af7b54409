/// Language tags (BCP 47: `es`, `pt-BR`, `qu`) as the agenda keeps them for people, sessions and
/// translations, from what people type.
public enum LanguageTag {
    /// The tag for what someone typed: a tag in its usual case (`PT_br` → `pt-BR`), or the tag of a
    /// language named in English, Spanish, Portuguese or French (`español`, `Portuguese` → `es`, `pt`);
    /// other text is kept as typed, trimmed.
    public static func normalized(_ typed: String) -> String {
        let text = typed.trimmingWhitespace
        if let tag = names[TextFolding.fold(text)] { return tag }
        guard isWellFormed(text.replacingUnderscores) else { return text }
        let parts = text.replacingUnderscores.split(separator: "-").map(String.init)
        return parts.enumerated().map { index, part in
            if index == 0 { return part.lowercased() }
            if part.count == 2 { return part.uppercased() }
            if part.count == 4 { return part.prefix(1).uppercased() + part.dropFirst().lowercased() }
            return part.lowercased()
        }.joined(separator: "-")
    }

    /// Whether a text has the shape of a language tag: a language of 2 to 8 letters, then subtags of 1 to
    /// 8 letters or digits, joined by dashes.
    public static func isWellFormed(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...8).contains(first.count), first.allSatisfy(\.isASCIILetter) else { return false }
        return parts.dropFirst().allSatisfy { part in
            (1...8).contains(part.count) && part.allSatisfy { $0.isASCIILetter || ($0.isASCII && $0.isNumber) }
        }
    }

    /// Whether two tags name the same language, whatever their region: `pt` and `pt-BR`.
    public static func sameLanguage(_ first: String, _ second: String) -> Bool {
        primary(first) == primary(second)
    }

    /// A tag's language, without region or script: `pt-BR` → `pt`.
    public static func primary(_ tag: String) -> String {
        String(tag.prefix { $0 != "-" && $0 != "_" }).lowercased()
    }

    /// The network's languages by their names, folded, in the four languages of the interface.
    private static let names: [String: String] = [
        "english": "en", "ingles": "en", "anglais": "en",
        "spanish": "es", "espanol": "es", "espanhol": "es", "espagnol": "es", "castellano": "es",
        "portuguese": "pt", "portugues": "pt", "portugais": "pt",
        "french": "fr", "frances": "fr", "francais": "fr",
    ]
}

private extension String {
    /// The text with underscores as dashes, as locales write `pt_BR`.
    var replacingUnderscores: String { String(map { $0 == "_" ? "-" : $0 }) }
}

private extension Character {
    var isASCIILetter: Bool { isASCII && isLetter }
}
