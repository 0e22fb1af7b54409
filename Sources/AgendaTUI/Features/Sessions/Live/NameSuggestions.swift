import AgendaModel

extension Reducer {
    /// Completions of what is typed in a prompt that asks for a name: a speaker's from the agenda's
    /// people and those who already asked to speak in the session; a presenter's from the owners of the
    /// item's goal and the agenda's people.
    static func nameSuggestions(_ prompt: PromptState, _ agenda: Agenda) -> [String] {
        switch prompt.purpose {
        case .speaker(let id):
            let guests = agenda.session(id)?.speakers.map(\.name) ?? []
            return names(agenda.people.map(\.name) + guests, matching: prompt.text.text)
        case .presenter(let id, let itemID):
            guard let item = agenda.session(id)?.items.first(where: { $0.id == itemID }) else { return [] }
            return names(presenterNames(agenda, item), matching: prompt.text.text)
        default:
            return []
        }
    }

    /// The first five names that contain what was typed, ignoring case and accents, each once.
    private static func names(_ names: [String], matching typed: String) -> [String] {
        let needle = FoldedNeedle(typed.trimmingWhitespace)
        guard !needle.isEmpty else { return [] }
        var seen: Set<String> = []
        return names.filter { needle.isFound(in: $0) && seen.insert(TextFolding.fold($0)).inserted }.prefix(5).map { $0 }
    }
}
