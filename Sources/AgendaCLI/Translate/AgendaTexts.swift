import AgendaModel

/// Every text of an agenda that can be translated, with its original and its translations, gathered in
/// one pass, in the order of `Agenda.translatableTexts`.
///
/// `Agenda.original(_:)` and `Agenda.translations(_:)` find a text's record by its id, one text at a
/// time; asked for every text of a large agenda, that is a search per text, which took seconds at
/// 10,000 goals. This reads the same fields once (a test checks that it agrees with the model).
struct AgendaTexts {
    struct Text {
        let ref: TextRef
        let original: String
        let translations: [String: Translation]
    }

    let texts: [Text]
    private let positions: [TextRef: Int]

    init(_ agenda: Agenda) {
        var texts: [Text] = []
        func add(_ ref: TextRef, _ original: String?, _ translations: Translations) {
            guard let original, !original.isEmpty else { return }
            texts.append(Text(ref: ref, original: original, translations: translations.of(ref.field)))
        }
        for area in agenda.areas {
            add(.area(area.id, field: "name"), area.name, area.translations)
            add(.area(area.id, field: "description"), area.description, area.translations)
        }
        for organization in agenda.organizations {
            add(.organization(organization.id), organization.name, organization.translations)
        }
        for goal in agenda.goals {
            add(.goal(goal.id, field: "title"), goal.title, goal.translations)
            add(.goal(goal.id, field: "description"), goal.description, goal.translations)
        }
        for session in agenda.sessions {
            add(.session(session.id), session.title, session.translations)
            for item in session.items {
                add(.topic(session: session.id, item: item.id), item.topic, item.translations)
                for (index, decision) in item.decisions.enumerated() {
                    add(.decision(session: session.id, item: item.id, index: index), decision.text, decision.translations)
                }
            }
        }
        self.texts = texts
        positions = Dictionary(texts.enumerated().map { ($0.element.ref, $0.offset) }, uniquingKeysWith: { first, _ in first })
    }

    /// The text at a place, or nil when the agenda has none there.
    subscript(ref: TextRef) -> Text? {
        positions[ref].map { texts[$0] }
    }

    /// How much is translated into a language, counted as `Agenda.translationStatus` counts it.
    func status(_ language: String, originalLanguage: String?) -> TranslationStatus {
        var status = TranslationStatus(language: language)
        for text in texts {
            switch ShownText(original: text.original, translations: text.translations, in: language,
                             originalLanguage: originalLanguage).kind {
            case .translation: status.translated += 1
            case .stale: status.stale += 1
            case .original: status.missing += 1
            }
        }
        return status
    }
}
