import AgendaModel
import Foundation

/// One kept version of an agenda file, as `FileAgendaStore.backups(of:)` lists them.
public struct AgendaBackup: Equatable, Sendable {
    /// 1 for the newest backup, up to 5 for the oldest: the number `agenda restore FILE N` takes.
    public var number: Int
    /// The backup file: `.agenda-backups/<file name>/<UTC time>.json` beside the agenda.
    public var path: String
    /// When this version was saved: the file's modification time, which the backup keeps.
    public var savedAt: Date
    /// When a save replaced this version and set it aside (the time in its name).
    public var keptAt: Date
    /// Its size in bytes.
    public var size: Int64
}

/// The outcome of `FileAgendaStore.restore`: the version brought back, and the file as it now is.
public struct Restored: Sendable {
    /// The backup restored, as it was listed before the restore.
    public var backup: AgendaBackup
    /// The agenda now in the file.
    public var agenda: Agenda
    /// The stamp of the file now.
    public var stamp: FileStamp
    /// What the restore did to the file.
    public var outcome: Outcome
    /// The restore is done, but something beside it went wrong (no backup of the version replaced).
    public var warning: AgendaFileError?

    /// What the restore did to the file.
    public enum Outcome: Equatable, Sendable {
        /// The file held another version, which is now the newest backup.
        case replaced
        /// The file already held this version; nothing was written.
        case alreadyCurrent
        /// The file did not exist and was written again from the backup.
        case recreated
    }
}
