import AgendaModel

/// The translations of a record's texts, as the file holds them: a member `translations` beside the
/// texts, left out when there are none, so that every text stays a plain string (and a version of the
/// program that predates translations keeps the member untouched, as it keeps any member it does not
/// know). `docs/FORMAT.md` describes it.
///
///     "translations": {"title": {"es": {"text": "…", "from": "…", "by": "…", "at": "…"}}}
extension ObjectLayout where Record == Translation {
    /// One translation: its text, the original it was made from, who made it and when.
    static let translation = ObjectLayout(
        { Translation(text: "", from: "") }, "a translation", namesMembers: true,
        members: [
            .text("text", required: true, { $0.text }, { $0.text = $1 }),
            .text("from", required: true, { $0.from }, { $0.from = $1 }),
            .optionalText("by", { $0.by }, { $0.by = $1 }),
            .optionalTime("at", { $0.at }, { $0.at = $1 }),
        ])
}

extension Translation: KeepsUnknownMembers {}

extension ObjectLayout.Member {
    /// A record's translations, left out when it has none.
    static func translations(_ key: String, _ get: @escaping Getter<Translations>, _ set: @escaping Setter<Translations>) -> Self {
        Self(key, .translations(get, set))
    }
}

extension JSONReader {
    /// A `translations` object: for each field, an object of translations by language tag. A field or
    /// a language given twice is refused, as any member is.
    mutating func readTranslations() throws(JSONSyntaxError) -> Translations {
        var fields: [String: [String: Translation]] = [:]
        var seenFields = UniqueKeys()
        try readObject { (r, field) throws(JSONSyntaxError) in
            try seenFields.insert(field, at: r.offset)
            var languages: [String: Translation] = [:]
            var seenLanguages = UniqueKeys()
            do throws(JSONSyntaxError) {
                try r.readObject { (r, language) throws(JSONSyntaxError) in
                    try seenLanguages.insert(language, at: r.offset)
                    do throws(JSONSyntaxError) {
                        languages[language] = try r.read(ObjectLayout<Translation>.translation)
                    } catch {
                        throw error.within(language)
                    }
                }
            } catch {
                throw error.within(field)
            }
            fields[field] = languages
        }
        return Translations(fields)
    }
}

extension JSONWriter {
    /// Writes a record's translations as a member, fields and languages in order; nothing when there
    /// are none.
    mutating func member(_ name: String, translations: Translations) {
        guard !translations.isEmpty else { return }
        key(name)
        beginObject()
        for field in translations.fields.keys.sorted() {
            key(field)
            beginObject()
            let languages = translations.of(field)
            for language in languages.keys.sorted() {
                key(language)
                write(languages[language]!, ObjectLayout<Translation>.translation)
            }
            endObject()
        }
        endObject()
    }
}
