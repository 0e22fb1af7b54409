import AgendaLocalization
import AgendaModel
import Foundation
import TerminalWidgets

/// The sessions view: the network's meetings, each opened to plan (`Enter`) or run live (`L`).
public enum SessionsFeature {
    /// The sessions view's questions.
    public enum Purpose: Equatable, Sendable {
        /// A new session's title.
        case newSession
        /// Deleting a session.
        case delete(session: String)
        /// A session's details in a form.
        case details(session: String)
        /// Going back to a session found still live when the agenda opened.
        case resume(session: String)
    }

    static func update(_ action: Action?, _ key: Key, _ screen: inout AgendaScreen, _ state: inout ShellState) -> [Effect] {
        let sessions = screen.agenda.sessions
        if let movement = action?.listMovement {
            screen.sessions.list.move(movement, count: sessions.count, page: state.layout.listBody.height)
            return []
        }
        if let effects = Editing.history(action, &screen, &state) { return effects }
        let selected = sessions.indices.contains(screen.sessions.list.selection) ? sessions[screen.sessions.list.selection] : nil
        switch action {
        case .newSession:
            state.overlay = .prompt(PromptState(title: state.strings[.promptNewSession], purpose: .sessions(.newSession)))
        case .open:
            if let selected { screen.mode = .plan(PlanState(session: selected.id)) }
        case .goLive:
            // A closed session goes live again only after a question.
            if let selected, selected.state == .closed {
                ClosedSessionFeature.askReopen(selected, &state)
            } else if let selected {
                screen.mode = .live(LiveState(session: selected.id))
            }
        case .edit:
            if let selected { screen.open(SessionForm.details(selected, state.strings)) }
        case .translate:
            if let selected { TranslationsFeature.open(texts(of: selected), name: selected.title, &screen, &state) }
        case .delete:
            if let selected {
                state.overlay = .confirm(ConfirmState(
                    title: state.strings[.confirmDeleteSessionTitle],
                    lines: [selected.date.description + " · " + selected.title], purpose: .sessions(.delete(session: selected.id))))
            }
        default:
            break
        }
        return []
    }

    /// A session's texts to translate: its title, its free topics and its decisions.
    static func texts(of session: Session) -> [TextRef] {
        [.session(session.id)] + session.items.flatMap { item in
            (item.topic == nil ? [] : [TextRef.topic(session: session.id, item: item.id)])
                + item.decisions.indices.map { TextRef.decision(session: session.id, item: item.id, index: $0) }
        }
    }

    /// A new session, planned for today, opened for planning.
    static func createSession(title: String, _ screen: inout AgendaScreen, _ state: inout ShellState) -> [Effect] {
        var random = SystemRandomNumberGenerator()
        let id = Agenda.newSessionID(avoiding: screen.agenda.sessions, using: &random)
        let session = Session(id: id, title: title, date: state.today, facilitator: state.who)
        guard let effects = Editing.apply([.createSession(session)], &screen, &state) else { return [] }
        screen.view = .sessions
        screen.sessions.list.selection = max(0, screen.agenda.sessions.count - 1)
        screen.mode = .plan(PlanState(session: id))
        return effects
    }

    /// The next id of a session's items or speakers: the prefix (`I-`, `P-`) and one more than the
    /// highest number.
    static func nextID(_ prefix: String, after ids: [String]) -> String {
        let numbers = ids.compactMap { Int($0.dropFirst(prefix.count)) }
        return prefix + "\((numbers.max() ?? 0) + 1)"
    }
}

extension SessionsFeature.Purpose: FeaturePurpose {
    func answer(_ answer: Answer, _ screen: inout AgendaScreen, _ state: inout ShellState) -> [Effect]? {
        switch (self, answer) {
        case (.newSession, .text(let title)):
            return SessionsFeature.createSession(title: title.trimmingWhitespace, &screen, &state)
        case (.delete(let id), .confirmed):
            return Editing.commit([.deleteSession(id: id)], &screen, &state)
        case (.resume(let id), .confirmed):
            if screen.agenda.session(id)?.state == .live { SessionsFeature.goLive(id, &screen) }
            return []
        default:
            return []
        }
    }

    func problem(_ field: FormField, in form: FormState, _ screen: AgendaScreen, _ state: ShellState) -> String? {
        SessionForm.problem(field, state.strings)
    }

    func edits(_ form: FormState, _ screen: AgendaScreen, _ state: ShellState) -> [Edit] {
        guard case .details(let id) = self, let session = screen.agenda.session(id) else { return [] }
        return SessionForm.edits(form, session, state.strings.language)
    }
}
