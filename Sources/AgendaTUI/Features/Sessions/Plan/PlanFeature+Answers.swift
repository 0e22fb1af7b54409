import AgendaLocalization
import AgendaModel

extension PlanFeature.Purpose: FeaturePurpose {
    func answer(_ answer: Answer, _ screen: inout AgendaScreen, _ state: inout ShellState) -> [Effect]? {
        switch (self, answer) {
        case (.goalItem(let id, let goals), .chosen(let index)):
            return PlanFeature.addItem(SessionItem(id: "", goal: goals[index], minutes: 10), to: id, &screen, &state)
        case (.topic(let id), .text(let text)):
            return PlanFeature.addItem(SessionItem(id: "", topic: text.trimmingWhitespace, minutes: 10), to: id, &screen, &state)
        case (.presenter(let id, let item), .text(let text)):
            return PlanFeature.setPresenter(text, session: id, item: item, &screen, &state)
        default:
            return []
        }
    }
}

extension PlanFeature {
    /// Adds an item at the end of a session's run-of-show (with the session's next item id) and selects it.
    static func addItem(_ item: SessionItem, to id: String, _ screen: inout AgendaScreen, _ state: inout ShellState) -> [Effect] {
        guard let session = screen.agenda.session(id) else { return [] }
        var item = item
        item.id = SessionsFeature.nextID("I-", after: session.items.map(\.id))
        let effects = Editing.commit([.changeSession(id: id, .addItem(item, at: nil))], &screen, &state)
        if case .plan(var plan) = screen.mode {
            plan.selection = session.items.count
            screen.mode = .plan(plan)
        }
        return effects
    }

    /// Sets who presents an item: a person's name as the agenda spells it, another name as typed, or
    /// nobody when the answer is empty.
    static func setPresenter(_ text: String, session id: String, item itemID: String, _ screen: inout AgendaScreen,
                             _ state: inout ShellState) -> [Effect] {
        let agenda = screen.agenda
        guard let item = agenda.session(id)?.items.first(where: { $0.id == itemID }) else { return [] }
        let typed = text.trimmingWhitespace
        let known = presenterNames(agenda, item).first { TextFolding.fold($0) == TextFolding.fold(typed) }
        let name: String? = typed.isEmpty ? nil : known ?? typed
        guard name != item.presenter else { return [] }
        return Editing.commit([.changeSession(id: id, .setPresenter(item: itemID, name: name))], &screen, &state)
    }
}
