extension Agenda {
    /// The original of a text, or nil when the place names none (or a text that is empty: nothing to
    /// translate).
    public func original(_ ref: TextRef) -> String? {
        let text: String? = switch ref {
        case .goal(let id, "title"): goal(id)?.title
        case .goal(let id, "description"): goal(id)?.description
        case .area(let id, "name"): area(id)?.name
        case .area(let id, "description"): area(id)?.description
        case .organization(let id): organization(id)?.name
        case .session(let id): session(id)?.title
        case .topic(let session, let item): self.session(session)?.items.first { $0.id == item }?.topic
        case .decision(let session, let item, let index):
            self.session(session)?.items.first { $0.id == item }.flatMap { $0.decisions.indices.contains(index) ? $0.decisions[index].text : nil }
        default: nil
        }
        return text.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// A text's translations, by language.
    public func translations(_ ref: TextRef) -> [String: Translation] {
        switch ref {
        case .goal(let id, let field): goal(id)?.translations.of(field) ?? [:]
        case .area(let id, let field): area(id)?.translations.of(field) ?? [:]
        case .organization(let id): organization(id)?.translations.of("name") ?? [:]
        case .session(let id): session(id)?.translations.of("title") ?? [:]
        case .topic(let session, let item): self.session(session)?.items.first { $0.id == item }?.translations.of("topic") ?? [:]
        case .decision(let session, let item, let index):
            self.session(session)?.items.first { $0.id == item }
                .flatMap { $0.decisions.indices.contains(index) ? $0.decisions[index].translations.of("text") : nil } ?? [:]
        }
    }

    /// Every text people wrote that can be translated, in the agenda's order: areas, organizations,
    /// goals, then sessions with their topics and decisions; empty texts left out.
    public var translatableTexts: [TextRef] {
        var refs: [TextRef] = []
        for area in areas {
            refs.append(.area(area.id, field: "name"))
            if !area.description.isEmpty { refs.append(.area(area.id, field: "description")) }
        }
        refs += organizations.map { .organization($0.id) }
        for goal in goals {
            refs.append(.goal(goal.id, field: "title"))
            if !goal.description.isEmpty { refs.append(.goal(goal.id, field: "description")) }
        }
        for session in sessions {
            refs.append(.session(session.id))
            for item in session.items {
                if let topic = item.topic, !topic.isEmpty { refs.append(.topic(session: session.id, item: item.id)) }
                refs += item.decisions.indices.map { .decision(session: session.id, item: item.id, index: $0) }
            }
        }
        return refs.filter { original($0) != nil }
    }

    /// A text as a reader of `language` sees it: the translation when there is one (marked stale when
    /// the original changed since), else the original, marked with its language.
    public func shown(_ ref: TextRef, in language: String?) -> ShownText {
        ShownText(original: original(ref) ?? "", translations: translations(ref), in: language, originalLanguage: self.language)
    }
}
