/// How much of an agenda's text is translated into a language: texts translated from their current
/// original, stale (translated from an earlier one), and missing. Stale and missing never count as
/// translated.
public struct TranslationStatus: Equatable, Sendable {
    public var language: String
    public var translated = 0
    public var stale = 0
    public var missing = 0

    public init(language: String) {
        self.language = language
    }

    /// Every text counted.
    public var total: Int { translated + stale + missing }

    /// The share translated, 0 to 100, rounded down (so 100 only when every text is).
    public var percent: Int { total == 0 ? 100 : translated * 100 / total }
}

extension Agenda {
    /// How much of the agenda is translated into a language.
    public func translationStatus(_ language: String) -> TranslationStatus {
        var status = TranslationStatus(language: language)
        for ref in translatableTexts {
            let shown = shown(ref, in: language)
            switch shown.kind {
            case .translation: status.translated += 1
            case .stale: status.stale += 1
            case .original: status.missing += 1
            }
        }
        return status
    }

    /// The languages the agenda's texts are translated into, besides its own, sorted.
    public var translationLanguages: [String] {
        var languages: Set<String> = []
        for area in areas { languages.formUnion(area.translations.languages) }
        for organization in organizations { languages.formUnion(organization.translations.languages) }
        for goal in goals { languages.formUnion(goal.translations.languages) }
        for session in sessions {
            languages.formUnion(session.translations.languages)
            for item in session.items {
                languages.formUnion(item.translations.languages)
                for decision in item.decisions { languages.formUnion(decision.translations.languages) }
            }
        }
        if let own = language { languages = languages.filter { !LanguageTag.sameLanguage($0, own) } }
        return languages.sorted()
    }
}
