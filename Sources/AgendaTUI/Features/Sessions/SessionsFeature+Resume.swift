import AgendaLocalization
import AgendaModel

extension SessionsFeature {
    /// The session still live in an agenda just opened, if any: one that was never ended, most often
    /// because the program stopped in the middle of its meeting. The latest started when there are several.
    static func interrupted(_ agenda: Agenda) -> Session? {
        agenda.sessions.filter { $0.state == .live }.max { ($0.startedAt ?? .distantPast) < ($1.startedAt ?? .distantPast) }
    }

    /// Says that a session is still live and offers, with one key, to go back to its live screen.
    static func offerResume(_ session: Session, _ state: inout ShellState) {
        let strings = state.strings
        let current = session.currentItem.flatMap { session.itemIndex($0) } ?? 0
        var lines = [strings.format(.confirmResumeLive, session.title, DateText.day(session.date, strings.language))]
        if !session.items.isEmpty {
            lines.append(strings.format(.confirmResumeWhere, current + 1, session.items.count))
        }
        lines.append(strings[.confirmResumeLater])
        state.overlay = .confirm(ConfirmState(title: strings[.confirmResumeTitle], lines: lines,
                                              purpose: .sessions(.resume(session: session.id))))
    }

    /// The live screen of a session, from the sessions view.
    static func goLive(_ id: String, _ screen: inout AgendaScreen) {
        screen.view = .sessions
        screen.sessions.list.selection = screen.agenda.sessionIndex(id) ?? 0
        screen.mode = .live(LiveState(session: id))
    }
}
