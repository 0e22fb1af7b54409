import AgendaLocalization
import AgendaModel
import AgendaStore
import Foundation

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
    /// Look for a search in the goals' descriptions and notes.
    case searchBodies(BodySearch)
    /// End the program.
    case quit
}
