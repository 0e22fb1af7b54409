import AgendaLocalization
import AgendaModel
import AgendaStore
import Foundation
import TerminalWidgets

/// What happens to the interface: a terminal event, or the result of an effect.
public enum Message: Sendable {
    case input(InputEvent)
    /// An agenda file was read (or failed to be), with the stamp of the version read.
    case loaded(path: String, Result<Agenda, AgendaFileError>, stamp: FileStamp? = nil)
    /// A folder's agendas were listed for the picker.
    case listed(folder: String, [PickerEntry])
    /// Time passed; carries the time from the injected clock.
    case tick(now: Date)
    /// A save finished: the agenda as it now is on disk, or why it failed; `count` pending edits were in it.
    case saved(path: String, Result<SaveReport, AgendaFileError>, count: Int)
    /// Someone else changed the file on disk; here is what it now holds.
    case changedOnDisk(path: String, Agenda, stamp: FileStamp)
    /// The file changed on disk but cannot be read now (a colleague left it broken).
    case unreadableOnDisk(path: String, AgendaFileError)
    /// A session's minutes were written to a file, or could not be.
    case minutesWritten(Result<String, AgendaFileError>)
    /// A report was written to a file, or could not be.
    case reportWritten(Result<String, AgendaFileError>)
    /// An agenda shown before it was checked has been checked: what is wrong with it, or nil.
    case checked(path: String, AgendaFileError?)
}

/// What a save found and left: the agenda as it now is on disk, its stamp, and the conflicts.
public struct SaveReport: Sendable {
    public var agenda: Agenda
    public var stamp: FileStamp
    public var rebase: RebaseReport
    /// What the save could not do besides (keep a backup of the version it replaced), in words.
    public var warning: String?

    public init(agenda: Agenda, stamp: FileStamp, rebase: RebaseReport, warning: String? = nil) {
        self.agenda = agenda
        self.stamp = stamp
        self.rebase = rebase
        self.warning = warning
    }
}

/// Work the reducer asks the loop to do; its results come back as messages.
public enum Effect: Equatable, Sendable {
    /// Read an agenda file (its syntax checked; the rest is checked once it shows, with `check`).
    case load(path: String)
    /// Check an agenda that shows, as read from `path`.
    case check(path: String, Agenda)
    /// List the agendas of a folder for the picker.
    case list(folder: String)
    /// Apply pending edits to the file as it is on disk now, under its lock, and write it; `known` is
    /// the version the screen last saw on disk, which need not be read again if it is still there.
    case save(path: String, [PendingEdit], by: String, at: Date, known: KnownVersion?)
    /// Look whether the file changed on disk since the version shown.
    case watch(path: String, since: FileStamp?)
    /// Write a session's minutes beside the agenda, in a language, from the agenda as the screen has it.
    case writeMinutes(path: String, session: String, language: Language, agenda: Agenda)
    /// Write a progress report beside the agenda (`md`, `html` or `csv`), from the agenda as the screen
    /// has it.
    case writeReport(path: String, format: String, language: Language, today: Day, agenda: Agenda)
    /// End the program.
    case quit
}
