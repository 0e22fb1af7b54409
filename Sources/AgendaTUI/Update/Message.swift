import AgendaModel
import AgendaStore
import TerminalWidgets

/// What happens to the interface: a terminal event, or the result of an effect.
public enum Message: Sendable {
    case input(InputEvent)
    /// An agenda file was read (or failed to be).
    case loaded(path: String, Result<Agenda, AgendaFileError>)
    /// A folder's agendas were listed for the picker.
    case listed(folder: String, [PickerEntry])
    /// Time passed; carries today's date from the injected clock.
    case tick(today: Day)
}

/// Work the reducer asks the loop to do; its results come back as messages.
public enum Effect: Equatable, Sendable {
    /// Read and check an agenda file.
    case load(path: String)
    /// List the agendas of a folder for the picker.
    case list(folder: String)
    /// End the program.
    case quit
}
