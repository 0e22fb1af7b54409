import Foundation

/// Translating a text: the one edit that sets or removes a translation.
extension Agenda {
    mutating func setTranslation(_ ref: TextRef, language: String, _ translation: Translation?, by: String,
                                 time: Date) throws(EditError) -> [Edit] {
        guard original(ref) != nil else { throw .noSuchText(ref.context) }
        guard LanguageTag.isWellFormed(language) else {
            throw .invalid(goal: nil, field: "language", message: "'\(language)' is not a language tag such as es or pt-BR")
        }
        if let own = self.language, language == own {
            throw .invalid(goal: nil, field: "language", message: "the agenda is written in '\(own)': set the original instead")
        }
        var new = translation
        if var given = new {
            guard !given.text.trimmingWhitespace.isEmpty else {
                throw .invalid(goal: nil, field: ref.field, message: "the translation is empty")
            }
            given.by = given.by ?? by
            given.at = given.at ?? time
            new = given
        }
        let old = translations(ref)[language]
        guard old != new else { return [] }
        let field = ref.field
        switch ref {
        case .goal(let id, _):
            guard let index = goalIndex(id) else { throw .noSuchGoal(id) }
            goals[index].translations[field, language] = new
            goals[index].updatedAt = max(goals[index].updatedAt, time)
        case .area(let id, _):
            guard let index = areas.firstIndex(where: { $0.id == id }) else { throw .noSuchArea(id) }
            areas[index].translations[field, language] = new
        case .organization(let id):
            guard let index = organizationIndex(id) else { throw .noSuchOrganization(id) }
            organizations[index].translations[field, language] = new
        case .session(let id):
            guard let index = sessionIndex(id) else { throw .noSuchSession(id) }
            sessions[index].translations[field, language] = new
        case .topic(let session, let item), .decision(let session, let item, _):
            guard let index = sessionIndex(session) else { throw .noSuchSession(session) }
            guard let position = sessions[index].items.firstIndex(where: { $0.id == item }) else { throw .noSuchItem(item) }
            if case .decision(_, _, let decision) = ref {
                sessions[index].items[position].decisions[decision].translations[field, language] = new
            } else {
                sessions[index].items[position].translations[field, language] = new
            }
        }
        return [.setTranslation(ref, language: language, old)]
    }
}
