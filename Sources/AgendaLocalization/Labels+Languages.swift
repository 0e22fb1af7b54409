extension Labels {
    /// The languages people in the network commonly speak, as BCP 47 tags, in the order forms offer them.
    public static let commonLanguages = ["es", "pt", "en", "fr"]

    /// A language's name in the interface's language, from its BCP 47 tag (`es`, `pt-BR`): the name
    /// with the region kept (`portugués (BR)`); a language the catalog does not name stays as its tag.
    public static func languageName(_ tag: String, _ strings: Strings) -> String {
        let parts = tag.split(separator: "-", maxSplits: 1).map(String.init)
        guard let first = parts.first, let name = languageNames[first.lowercased()] else { return tag }
        return parts.count > 1 ? strings[name] + " (" + parts[1] + ")" : strings[name]
    }

    /// A language's names in every language of the interface, for a search to find it by (`espagnol`
    /// finds Spanish); empty for a language the catalog does not name.
    public static func languageSearchWords(_ tag: String) -> String {
        guard let name = languageNames[tag.lowercased()] else { return "" }
        return Language.allCases.map { Catalog.table($0)[name] ?? "" }.joined(separator: " ")
    }

    /// The languages the catalog names, by tag.
    private static let languageNames: [String: Text] = [
        "en": .languageEnglish, "es": .languageSpanish, "pt": .languagePortuguese, "fr": .languageFrench,
    ]

    /// Languages' names joined for a cell or a line of text.
    public static func languages(_ tags: [String], _ strings: Strings) -> String {
        tags.map { languageName($0, strings) }.joined(separator: ", ")
    }
}
