import AgendaModel
import AgendaStore

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
