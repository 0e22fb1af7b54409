/// How two copies' translations merge: each text's translation into each language as a value of its
/// own, so that people translating into different languages never meet.
extension Translations {
    /// The three-way merge (two-way without `base`): for each field and language, the one translation
    /// the copies agree on or the one a single copy changed; when both changed it, the later one (by
    /// when it was made, then by its text), which a person can still change on screen.
    static func merged(base: Translations?, _ ours: Translations, _ theirs: Translations) -> Translations {
        if ours == theirs { return ours }
        if let base {
            if ours == base { return theirs }
            if theirs == base { return ours }
        }
        var keys: Set<[String]> = []
        for translations in [base ?? Translations(), ours, theirs] {
            for (field, languages) in translations.fields {
                for language in languages.keys { keys.insert([field, language]) }
            }
        }
        var result = Translations()
        for key in keys {
            let (field, language) = (key[0], key[1])
            let mine = ours[field, language]
            let others = theirs[field, language]
            if let base, let picked = MergeRules.pick(base[field, language], mine, others) {
                result[field, language] = picked
            } else {
                result[field, language] = later(mine, others)
            }
        }
        return result
    }

    /// Of two translations, the one made later; an absent one loses to a present one, and equal times
    /// fall back to the text, so the result does not depend on which copy is called ours.
    static func later(_ a: Translation?, _ b: Translation?) -> Translation? {
        guard let a else { return b }
        guard let b else { return a }
        if let at = a.at, let bt = b.at, at != bt { return at > bt ? a : b }
        return MergeRules.later(a.text, b.text) == a.text ? a : b
    }
}
