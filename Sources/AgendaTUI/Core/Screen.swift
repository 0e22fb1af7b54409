import AgendaStore

/// What the screen shows: an agenda being read, the agendas of a folder, the open agenda, or why an
/// agenda could not be opened. The open agenda itself is `AppState.agenda`.
public enum Screen: Sendable {
    /// An agenda file is being read.
    case loading(path: String)
    /// The agendas of a folder, to choose from (the agenda that was open, if any, stays in
    /// `AppState.agenda` to go back to).
    case picker(PickerState)
    /// The open agenda (`AppState.agenda`).
    case agenda
    /// An agenda that could not be opened: the error, and the picker to go back to.
    case failed(AgendaFileError, previous: PickerState?)
}
