import AgendaLocalization
import AgendaModel
import AgendaStore
import Foundation
import TerminalWidgets

/// The editing side of an open agenda: undo and redo, saves, and the file's version on disk.
public struct EditingState: Sendable {
    public var undo: [UndoEntry] = []
    public var redo: [UndoEntry] = []
    /// Edits made here and not yet on disk (a save failed); they are retried, and quitting warns.
    public var unsaved: [PendingEdit] = []
    /// Why the last save failed, while edits are unsaved.
    public var saveProblem: String?
    /// The last warning a save gave (a backup it could not keep), shown once until it changes.
    public var saveWarning: String?
    /// When the last save finished.
    public var lastSave: Date?
    /// The version of the file the screen shows, to notice changes made by others.
    public var stamp: FileStamp?
    /// The agenda as that version holds it (without the edits not yet saved).
    public var onDisk: Agenda?
    /// How many of the unsaved edits the save now running carries; nil when no save runs.
    public var saving: Int?

    /// The version on disk the screen knows, when it knows one.
    public var known: KnownVersion? {
        guard let onDisk, let stamp else { return nil }
        return KnownVersion(agenda: onDisk, stamp: stamp)
    }
    /// When a failed save was last tried, to retry now and then.
    public var lastAttempt: Date?

    public init() {}
}
