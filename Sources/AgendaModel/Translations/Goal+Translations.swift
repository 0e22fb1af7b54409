extension Goal {
    /// Whether the goal's title or description has no current translation into a language: missing, or
    /// made from an earlier original.
    public func needsTranslation(into language: String) -> Bool {
        func current(_ field: String, _ original: String) -> Bool {
            guard !original.isEmpty else { return true }
            let shown = ShownText(original: original, translations: translations.of(field), in: language, originalLanguage: nil)
            return shown.kind == .translation
        }
        return !current("title", title) || !current("description", description)
    }
}
