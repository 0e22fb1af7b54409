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
    /// The goals whose descriptions or notes hold a (folded) search.
    case bodiesSearched(search: String, [Int])
    /// An agenda shown before it was checked has been checked: what is wrong with it, or nil.
    case checked(path: String, AgendaFileError?)
    /// A frame was drawn: how far each of its scrolled regions could scroll (the runner sends this
    /// after drawing, so that the next key scrolls no further than what was drawn).
    case drawn(scrollLimits: [ScrollRegion: Int])
}
