import AgendaLocalization
import AgendaModel
import TerminalWidgets

/// A closed session: what its meeting decided, voted and assigned, item by item. Nothing is changed
/// here: its minutes can be written again, and the session reopened, after a question.
public enum ClosedSessionFeature {
    /// A closed session's questions.
    public enum Purpose: Equatable, Sendable {
        /// Reopening the session, live again where it stopped.
        case reopen(session: String)
    }

    /// Keys of a closed session, whether it was opened from the sessions view, run live or shown on the
    /// presenter screen: the session's record takes them all.
    static func update(_ action: Action?, _ key: Key, _ screen: inout AgendaScreen, _ state: inout ShellState) -> [Effect] {
        guard let id = screen.mode.session, let session = screen.agenda.session(id) else {
            screen.mode = .browsing
            return []
        }
        var plan: PlanState
        if case .plan(let shown) = screen.mode { plan = shown } else { plan = PlanState(session: session.id) }
        if let movement = action?.listMovement {
            plan.list.move(movement, count: session.items.count, page: state.layout.planPage)
            screen.mode = .plan(plan)
            return []
        }
        switch action {
        case .back:
            screen.mode = .browsing
        case .reopenSession:
            askReopen(session, &state)
        case .writeMinutes:
            return [.writeMinutes(path: screen.document.path, session: session.id, language: state.strings.language,
                                  agenda: screen.agenda)]
        default:
            break
        }
        return []
    }

    /// Asks before a closed session goes live again: when it closed, and that its minutes will be written
    /// again when it ends.
    static func askReopen(_ session: Session, _ state: inout ShellState) {
        let strings = state.strings
        var lines = [session.title]
        if let ended = session.endedAt {
            lines.append(strings.format(.confirmReopenClosedAt, DateText.time(ended, strings.language, utcOffset: state.utcOffset)))
        }
        lines.append(strings[.confirmReopenLine])
        state.overlay = .confirm(ConfirmState(title: strings[.confirmReopenTitle], lines: lines,
                                              purpose: .closed(.reopen(session: session.id))))
    }
}

extension ClosedSessionFeature.Purpose: FeaturePurpose {
    func answer(_ answer: Answer, _ screen: inout AgendaScreen, _ state: inout ShellState) -> [Effect]? {
        switch (self, answer) {
        case (.reopen(let id), .confirmed):
            guard let effects = Editing.apply([.changeSession(id: id, .reopen)], &screen, &state) else { return [] }
            screen.view = .sessions
            screen.mode = .live(LiveState(session: id))
            return effects
        default:
            return []
        }
    }
}
