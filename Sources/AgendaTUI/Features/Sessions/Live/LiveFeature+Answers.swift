import AgendaLocalization
import AgendaModel

extension LiveFeature.Purpose: FeaturePurpose {
    func answer(_ answer: Answer, _ screen: inout AgendaScreen, _ state: inout ShellState) -> [Effect]? {
        switch (self, answer) {
        case (.speaker(let id), .text(let text)):
            LiveFeature.speakerNamed(text, session: id, screen.agenda, &state)
        case (.speakerKind(let id, let name, let organization, let language, let kinds), .chosen(let index)):
            return LiveFeature.speakerKindChosen(kinds[index], session: id, name: name, organization: organization,
                                                 language: language, &screen, &state)
        case (.speakerOrganization(let id, let name, let kind, let organizations), .chosen(let index)):
            return LiveFeature.addSpeaker(name, kind: kind, organization: organizations[index], language: nil, session: id,
                                          &screen, &state)
        case (.speakerOrganization(let id, let name, let kind, _), .dismissed):
            // Escape skips the question: the guest joins the queue with no organization.
            return LiveFeature.addSpeaker(name, kind: kind, organization: nil, language: nil, session: id, &screen, &state)
        case (.decision(let id, let item), .text(let text)):
            return Editing.commit([.changeSession(id: id, .addDecision(item: item, text: text.trimmingWhitespace))], &screen, &state)
        case (.itemNotes(let id, let item), .text(let text)):
            return Editing.commit([.changeSession(id: id, .setNotes(item: item, text: text))], &screen, &state)
        case (.end(let id), .confirmed):
            guard let effects = Editing.apply([.changeSession(id: id, .end)], &screen, &state) else { return [] }
            screen.mode = .browsing
            // The minutes of the session as the screen has it, saved or still being saved.
            return effects + [.writeMinutes(path: screen.document.path, session: id, language: state.strings.language,
                                            agenda: screen.agenda)]
        default:
            break
        }
        return []
    }

    func problem(_ field: FormField, in form: FormState, _ screen: AgendaScreen, _ state: ShellState) -> String? {
        switch self {
        case .actionItem: ActionItemForm.problem(field, state.strings)
        case .vote: VoteForm.problem(field, state.strings)
        default: nil
        }
    }

    func edits(_ form: FormState, _ screen: AgendaScreen, _ state: ShellState) -> [Edit] {
        switch self {
        case .actionItem(let session, let item): ActionItemForm.edits(form, session: session, item: item, screen.agenda, state)
        case .vote(let session, let item): VoteForm.edits(form, session: session, item: item, state)
        default: []
        }
    }
}
