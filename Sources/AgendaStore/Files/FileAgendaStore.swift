#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import AgendaModel

/// The agenda store on the local file system: one JSON file per agenda, atomic saves, `flock` locks,
/// and the last five versions of each agenda kept as backups beside it (see `BackupFolder`).
///
/// A path that is a symbolic link is read and written through to the link's target; the link stays,
/// and the backups are kept beside the target. A save refuses a read-only file and a file with other
/// names (hard links), which it would split (see `ReplaceCheck`).
public struct FileAgendaStore: AgendaStore {
    public let format: any AgendaFormat
    /// Whether a save keeps the version it replaces as a backup; off where something else keeps
    /// every version already (git, for its merge driver's temporary files).
    public var keepsBackups: Bool
    /// Where a save that succeeded with a warning also reports it, besides `Modified.warning`: the
    /// command line passes one that prints to standard error; the full-screen program, which shows the
    /// warning on its status line, passes none.
    public var warningReporter: WarningReporter?

    public init(
        format: any AgendaFormat = JSONAgendaFormat(), keepsBackups: Bool = true, warningReporter: WarningReporter? = nil
    ) {
        self.format = format
        self.keepsBackups = keepsBackups
        self.warningReporter = warningReporter
    }

    public func read(_ path: String, checking: Bool) throws(AgendaFileError) -> (agenda: Agenda, stamp: FileStamp) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw AgendaFileError(file: path, FileIO.Failure(action: "cannot open", code: errno).message) }
        defer { close(fd) }
        let bytes: [UInt8]
        do {
            bytes = try FileIO.readAll(fd)
        } catch {
            throw AgendaFileError(file: path, error.message)
        }
        guard let stamp = FileStamp.of(fd: fd) else {
            throw AgendaFileError(file: path, FileIO.Failure(action: "cannot read", code: errno).message)
        }
        if checking { return (try decodeAndCheck(bytes, file: path), stamp) }
        do {
            return (try format.decode(bytes), stamp)
        } catch {
            throw AgendaFileError(file: path, error.fullMessage, at: SourcePosition(offset: error.offset, in: bytes))
        }
    }

    public func problems(in agenda: Agenda, file path: String) -> AgendaFileError? {
        let problems = agenda.validate()
        guard !problems.isEmpty else { return nil }
        // The file is read again only to place the problems in it.
        let bytes = (try? FileIO.readFile(path)) ?? []
        return AgendaFileError(file: path, problems: problems, in: bytes, format: format)
    }

    /// Reads the agenda at `path` with only what listing goals needs (see
    /// `JSONAgendaFormat.decodeForListing`): a JSON error has its line and column; nothing else is checked.
    public func readForListing(_ path: String) throws(AgendaFileError) -> Agenda {
        let listing = format as? JSONAgendaFormat ?? JSONAgendaFormat()
        return try FileIO.withMappedFile(path) { (bytes) throws(AgendaFileError) -> Agenda in
            do throws(JSONSyntaxError) {
                return try listing.decodeForListing(bytes)
            } catch {
                throw AgendaFileError(file: path, error.fullMessage, at: SourcePosition(offset: error.offset, in: bytes))
            }
        }
    }

    public func stamp(_ path: String) -> FileStamp? {
        FileStamp.of(path: path)
    }

    public func create(_ agenda: Agenda, at path: String) throws(AgendaFileError) {
        var info = stat()
        if lstat(path, &info) == 0 {
            throw AgendaFileError(file: path, "the file already exists; nothing was written")
        }
        try check(agenda, file: path)
        do {
            try AtomicWriter.write(format.encode(agenda), to: path, keepingBackup: false)
        } catch {
            throw AgendaFileError(file: path, error.message + "; nothing was written")
        }
    }

    public func modify<T>(
        _ path: String, knowing known: KnownVersion?, _ change: (inout Agenda) throws(AgendaFileError) -> T
    ) throws(AgendaFileError) -> Modified<T> {
        guard let target = FileIO.resolvedPath(path) else {
            throw AgendaFileError(file: path, FileIO.Failure(action: "cannot open", code: errno).message)
        }
        let lock: FileLock
        do {
            lock = try FileLock.acquire(target)
        } catch {
            throw AgendaFileError(file: path, error.message)
        }
        var info = stat()
        guard fstat(lock.fd, &info) == 0 else {
            throw AgendaFileError(file: path, FileIO.Failure(action: "cannot read", code: errno).message)
        }
        do {
            try ReplaceCheck.check(info, file: target)
        } catch {
            throw AgendaFileError(file: path, error.message + "; nothing was written")
        }
        // Under the lock the file cannot change: if it is still the version the caller holds, that
        // version is what is on disk and need not be read and decoded again.
        let before: Agenda
        if let known, known.stamp == FileStamp(info) {
            before = known.agenda
        } else {
            let bytes: [UInt8]
            do {
                bytes = try FileIO.readAll(lock.fd)
            } catch {
                throw AgendaFileError(file: path, error.message)
            }
            before = try decodeAndCheck(bytes, file: path)
        }
        var agenda = before
        let result = try change(&agenda)
        guard agenda != before else {
            return Modified(value: result, agenda: agenda, stamp: FileStamp(info))
        }
        try check(agenda, file: path)
        let written: AtomicWriter.Written
        StaleTempFiles.remove(beside: target)
        do {
            written = try AtomicWriter.write(format.encode(agenda), to: target, keepingBackup: keepsBackups)
        } catch {
            throw AgendaFileError(file: path, error.message + "; the file was not changed")
        }
        withExtendedLifetime(lock) {}
        let warning = warn(written.warning, file: path)
        return Modified(value: result, agenda: agenda, stamp: written.stamp, warning: warning)
    }

    /// Decodes the bytes and validates the agenda, giving each problem its line and column.
    public func decodeAndCheck(_ bytes: [UInt8], file: String) throws(AgendaFileError) -> Agenda {
        let agenda: Agenda
        do {
            agenda = try format.decode(bytes)
        } catch {
            throw AgendaFileError(file: file, error.fullMessage, at: SourcePosition(offset: error.offset, in: bytes))
        }
        let problems = agenda.validate()
        guard problems.isEmpty else { throw AgendaFileError(file: file, problems: problems, in: bytes, format: format) }
        return agenda
    }

    /// Refuses to write an agenda that has problems.
    private func check(_ agenda: Agenda, file: String) throws(AgendaFileError) {
        let problems = agenda.validate()
        guard !problems.isEmpty else { return }
        throw AgendaFileError(file: file, items: problems.map {
            AgendaFileError.Item($0.message + " (nothing was written)")
        })
    }
}
