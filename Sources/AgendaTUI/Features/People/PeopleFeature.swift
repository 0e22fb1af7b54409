import AgendaLocalization
import AgendaModel
import TerminalWidgets

/// The people view, reached from the organizations view with `2` again: the roster, each person with
/// their organization, communities and languages, the selected one's detail beside or below; adding,
/// editing and removing people.
public enum PeopleFeature {
    /// The people view's questions.
    public enum Purpose: Equatable, Sendable {
        /// The person editor, on a person (by id) or a new one.
        case edit(person: String?)
        /// Removing a person; `unlink` when goals or sessions name them and they leave those first.
        case remove(person: String, unlink: Bool)
    }

    /// Keys of the people view.
    static func update(_ action: Action?, _ key: Key, _ screen: inout AgendaScreen, _ state: inout ShellState) -> [Effect] {
        let height = state.layout.listBody.height
        let count = screen.agenda.people.count
        if let movement = action?.listMovement {
            if screen.people.list.move(movement, count: count, page: height) { screen.people.detailScroll = 0 }
            return []
        }
        if let action, screen.people.scrollDetail(action, state) { return [] }
        if let effects = Editing.history(action, &screen, &state) { return effects }
        let selected = screen.agenda.people.indices.contains(screen.people.selection)
            ? screen.agenda.people[screen.people.selection] : nil
        switch action {
        case .newPerson:
            screen.open(PersonForm.make(nil, screen.agenda, state.strings))
        case .edit:
            if let selected { screen.open(PersonForm.make(selected, screen.agenda, state.strings)) }
        case .delete:
            if let selected { askRemove(selected, screen, &state) }
        default:
            break
        }
        screen.people.list.reveal(height: height, count: count)
        return []
    }

    /// Asks before removing a person, naming the goals they own and the sessions that list them present.
    private static func askRemove(_ person: Person, _ screen: AgendaScreen, _ state: inout ShellState) {
        let uses = screen.agenda.uses(ofPerson: person.id)
        var lines = [person.name]
        if !uses.goals.isEmpty || !uses.sessions.isEmpty {
            let named = uses.goals + uses.sessions
            lines.append(state.strings.format(.confirmPersonUses, uses.goals.count, uses.sessions.count,
                                              named.prefix(6).joined(separator: ", ") + (named.count > 6 ? ", …" : "")))
            lines.append(state.strings[.confirmPersonUnlinked])
        }
        let unlink = !uses.goals.isEmpty || !uses.sessions.isEmpty
        state.overlay = .confirm(ConfirmState(title: state.strings[.confirmRemovePersonTitle], lines: lines,
                                              purpose: .people(.remove(person: person.id, unlink: unlink))))
    }

    /// After the agenda changed: the selection stays on the same person.
    static func follow(from old: Document, _ screen: inout AgendaScreen) {
        let selected = old.agenda.people.indices.contains(screen.people.selection)
            ? old.agenda.people[screen.people.selection].id : nil
        if let selected, let index = screen.agenda.personIndex(selected) {
            screen.people.selection = index
        } else {
            screen.people.list.clamp(count: screen.agenda.people.count)
        }
    }

    /// After a resize: the selection stays in view.
    static func resized(_ layout: ScreenLayout, _ screen: inout AgendaScreen) {
        screen.people.list.reveal(height: layout.listBody.height, count: screen.agenda.people.count)
    }
}

extension PeopleFeature.Purpose: FeaturePurpose {
    func answer(_ answer: Answer, _ screen: inout AgendaScreen, _ state: inout ShellState) -> [Effect]? {
        guard case .remove(let id, let unlink) = self, answer == .confirmed else { return [] }
        let freeing = unlink ? screen.agenda.unlinking(person: id) : []
        return Editing.commit(freeing + [.removePerson(id: id)], &screen, &state)
    }

    func problem(_ field: FormField, in form: FormState, _ screen: AgendaScreen, _ state: ShellState) -> String? {
        guard case .edit(let id) = self else { return nil }
        return PersonForm.problem(field, editing: id, state.strings, agenda: screen.agenda)
    }

    func edits(_ form: FormState, _ screen: AgendaScreen, _ state: ShellState) -> [Edit] {
        guard case .edit(let id) = self else { return [] }
        let base = id.flatMap { screen.agenda.person($0) }
        let person = PersonForm.person(form, base: base, agenda: screen.agenda)
        if base == nil { return [.addPerson(person)] }
        guard let base, person != base else { return [] }
        // Owners are named by name: a renamed person stays the owner of their goals.
        let renamed = screen.agenda.renaming(person: base.id, to: person.name)
        return [.updatePerson(person)] + renamed
    }

    func saved(_ edits: [Edit], _ screen: inout AgendaScreen, _ state: inout ShellState) {
        guard case .addPerson(let person, _)? = edits.first, let index = screen.agenda.personIndex(person.id) else { return }
        screen.people.selection = index
        state.message = state.strings.format(.messagePersonJoined, person.name)
    }
}
