import AgendaModel
import AgendaStore

/// An agenda read from its file: shown at once, checked after the first frame, or the reason it could
/// not be opened.
enum Loading {
    /// An agenda was read: it opens in the goals view (or, for `agenda session run`, in its live session),
    /// asking first whether to go back to a session still live.
    static func loaded(_ path: String, _ agenda: Agenda, stamp: FileStamp?, _ state: inout AppState) -> [Effect] {
        var screen = AgendaScreen(document: Document(path: path, agenda: agenda))
        screen.editing.stamp = stamp
        screen.editing.onDisk = agenda
        screen.goals.pageHeight = state.shell.layout.listBody.height
        GoalsFeature.refreshRows(&screen)
        state.overlay = nil
        if let id = state.openSession, let session = agenda.session(id) {
            SessionsFeature.goLive(session.id, &screen)
            state.openSession = nil
        } else if let live = SessionsFeature.interrupted(agenda) {
            // A meeting left live, most often by a program stopped in its middle, is announced.
            SessionsFeature.offerResume(live, &state.shell)
        }
        state.agenda = screen
        state.screen = .agenda
        // Shown at once; checked right after the first frame.
        return [.check(path: path, agenda)]
    }

    /// An agenda could not be read: the error, and the picker it was chosen in to go back to.
    static func failed(_ error: AgendaFileError, _ state: inout AppState) {
        var previous: PickerState?
        if case .picker(let picker) = state.screen { previous = picker }
        state.agenda = nil
        state.screen = .failed(error, previous: previous)
    }

    /// An agenda shown before it was checked has been checked. One with problems is not edited: it gives
    /// way to the error, as a load that failed.
    static func checked(_ path: String, _ problems: AgendaFileError?, _ state: inout AppState) {
        guard let problems, case .agenda = state.screen, state.agenda?.document.path == path else { return }
        state.agenda = nil
        state.screen = .failed(problems, previous: nil)
        state.overlay = nil
    }
}
