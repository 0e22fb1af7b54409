import AgendaLocalization
import AgendaModel
import TerminalWidgets

extension Reducer {
    /// Asks who presents a session's item, the current presenter already typed.
    static func askPresenter(_ item: SessionItem, session: String, _ state: inout AppState) {
        state.overlay = .prompt(PromptState(title: state.strings[.promptPresenter],
                                            purpose: .presenter(session: session, item: item.id), text: item.presenter ?? ""))
    }

    /// Sets who presents an item: a person's name as the agenda spells it, another name as typed, or
    /// nobody when the answer is empty.
    static func setPresenter(_ text: String, session id: String, item itemID: String, _ screen: inout AgendaScreen,
                             _ state: inout AppState) -> [Effect] {
        let agenda = screen.document.agenda
        guard let item = agenda.session(id)?.items.first(where: { $0.id == itemID }) else { return [] }
        let typed = text.trimmingWhitespace
        let known = presenterNames(agenda, item).first { TextFolding.fold($0) == TextFolding.fold(typed) }
        let name: String? = typed.isEmpty ? nil : known ?? typed
        guard name != item.presenter else { return [] }
        return commit([.changeSession(id: id, .setPresenter(item: itemID, name: name))], &screen, &state)
    }

    /// Who may present an item: the owners of its goal first, then the agenda's people, each once.
    static func presenterNames(_ agenda: Agenda, _ item: SessionItem) -> [String] {
        var seen: Set<String> = []
        let owners = item.goal.flatMap { agenda.goal($0)?.owners } ?? []
        return (owners + agenda.people.map(\.name)).filter { seen.insert(TextFolding.fold($0)).inserted }
    }
}
