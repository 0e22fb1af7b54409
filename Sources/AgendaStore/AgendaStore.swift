import AgendaModel

/// Where agendas are kept: read, create and change them. The TUI and the command line use only this.
public protocol AgendaStore: Sendable {
    /// Reads the agenda at `path`, with the stamp of the version read; the error names the file, line
    /// and column of each problem. With `checking` false, only the file's syntax is checked: a caller
    /// that shows the agenda at once checks the rest after, with `problems(in:file:)`.
    func read(_ path: String, checking: Bool) throws(AgendaFileError) -> (agenda: Agenda, stamp: FileStamp)
    /// What is wrong with an agenda read from `path` without checking (duplicate ids, unknown areas,
    /// parent cycles...), each problem at its line and column in the file; nil when nothing is.
    func problems(in agenda: Agenda, file path: String) -> AgendaFileError?
    /// The stamp of the file at `path` now, or nil when it cannot be read.
    func stamp(_ path: String) -> FileStamp?
    /// Writes a new agenda file; fails if the file exists.
    func create(_ agenda: Agenda, at path: String) throws(AgendaFileError)
    /// Changes the agenda at `path` under an exclusive lock: reads what is on disk now, lets `change`
    /// modify it, checks the result and writes it atomically when it changed. Returns what `change`
    /// returned, the agenda as it now is on disk, and the stamp of that version.
    ///
    /// With `known`, a version of the file the caller already holds: when the file's stamp under the
    /// lock is still that version's, it is not read again.
    func modify<T>(
        _ path: String, knowing known: KnownVersion?, _ change: (inout Agenda) throws(AgendaFileError) -> T
    ) throws(AgendaFileError) -> Modified<T>
}

/// A version of an agenda file a caller holds: the agenda as it is on disk, and the stamp it had.
public struct KnownVersion: Equatable, Sendable {
    public var agenda: Agenda
    public var stamp: FileStamp

    public init(agenda: Agenda, stamp: FileStamp) {
        self.agenda = agenda
        self.stamp = stamp
    }
}

/// The outcome of `AgendaStore.modify`: the change's own result, and the file as it now is.
public struct Modified<T> {
    public var value: T
    public var agenda: Agenda
    public var stamp: FileStamp
    /// The save is done, but something beside it went wrong and the user should know (no backup of the
    /// version replaced could be kept, say); nil when all went well.
    public var warning: AgendaFileError?

    public init(value: T, agenda: Agenda, stamp: FileStamp, warning: AgendaFileError? = nil) {
        self.value = value
        self.agenda = agenda
        self.stamp = stamp
        self.warning = warning
    }
}

extension Modified: Sendable where T: Sendable {}

extension AgendaStore {
    /// Reads and checks the agenda at `path`, with the stamp of the version read.
    public func read(_ path: String) throws(AgendaFileError) -> (agenda: Agenda, stamp: FileStamp) {
        try read(path, checking: true)
    }

    /// Reads and checks the agenda at `path`.
    public func load(_ path: String) throws(AgendaFileError) -> Agenda {
        try read(path).agenda
    }

    /// Changes the agenda at `path` under an exclusive lock, reading it first (see `modify`).
    public func modify<T>(
        _ path: String, _ change: (inout Agenda) throws(AgendaFileError) -> T
    ) throws(AgendaFileError) -> Modified<T> {
        try modify(path, knowing: nil, change)
    }

    /// Changes the agenda at `path` under an exclusive lock (see `modify`) and returns what `change` returned.
    @discardableResult
    public func update<T>(
        _ path: String, _ change: (inout Agenda) throws(AgendaFileError) -> T
    ) throws(AgendaFileError) -> T {
        try modify(path, change).value
    }
}
