/// The translations of one session's texts, by place: the session's own (`""`), each item's by its id,
/// each decision's by item id and position; for merging them apart from the session.
struct SessionTexts: Equatable {
    var places: [String: Translations] = [:]

    init(_ session: Session) {
        places[""] = session.translations
        for item in session.items {
            places[item.id] = item.translations
            for (index, decision) in item.decisions.enumerated() { places[item.id + "#\(index)"] = decision.translations }
        }
        places = places.filter { !$0.value.isEmpty }
    }

    private init(places: [String: Translations]) {
        self.places = places
    }

    /// The session with no translations anywhere.
    static func stripped(_ session: Session) -> Session {
        var session = session
        session.translations = Translations()
        for index in session.items.indices {
            session.items[index].translations = Translations()
            for decision in session.items[index].decisions.indices {
                session.items[index].decisions[decision].translations = Translations()
            }
        }
        return session
    }

    /// The session with these translations put back where their places still are.
    func applied(to session: Session) -> Session {
        var session = session
        session.translations = places[""] ?? Translations()
        for index in session.items.indices {
            let item = session.items[index].id
            session.items[index].translations = places[item] ?? Translations()
            for decision in session.items[index].decisions.indices {
                session.items[index].decisions[decision].translations = places[item + "#\(decision)"] ?? Translations()
            }
        }
        return session
    }

    /// Each place's translations merged language by language.
    static func merged(base: SessionTexts?, _ ours: SessionTexts, _ theirs: SessionTexts) -> SessionTexts {
        let keys = Set(ours.places.keys).union(theirs.places.keys).union(base?.places.keys ?? [:].keys)
        var places: [String: Translations] = [:]
        for key in keys {
            let merged = Translations.merged(base: base.map { $0.places[key] ?? Translations() },
                                             ours.places[key] ?? Translations(), theirs.places[key] ?? Translations())
            if !merged.isEmpty { places[key] = merged }
        }
        return SessionTexts(places: places)
    }
}
