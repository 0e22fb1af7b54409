extension Labels {
    /// The languages people in the network commonly speak, as BCP 47 tags, in the order forms offer them.
    public static let commonLanguages = ["es", "pt", "en", "fr"]

    /// A language's name in the interface's language, from its BCP 47 tag (`es`, `pt-BR`), the region
    /// kept (`portugués (BR)`); a language the names do not know stays as its tag.
    public static func languageName(_ tag: String, _ strings: Strings) -> String {
        let parts = tag.split(separator: "-", maxSplits: 1).map(String.init)
        guard let first = parts.first, LanguageNames.allNames(first) != nil else { return tag }
        let name = LanguageNames.name(first, strings.language)
        return parts.count > 1 ? name + " (" + parts[1] + ")" : name
    }

    /// A language's names in every language of the interface, for a search to find it by (`espagnol`
    /// finds Spanish); empty for a language the names do not know.
    public static func languageSearchWords(_ tag: String) -> String {
        (LanguageNames.allNames(tag) ?? []).joined(separator: " ")
    }

    /// Languages' names joined for a cell or a line of text.
    public static func languages(_ tags: [String], _ strings: Strings) -> String {
        tags.map { languageName($0, strings) }.joined(separator: ", ")
    }
}
