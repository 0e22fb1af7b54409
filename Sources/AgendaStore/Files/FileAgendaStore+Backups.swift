#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import AgendaModel
import Foundation

/// Listing the backups of an agenda and bringing one back (see `BackupFolder` for how they are kept).
extension FileAgendaStore {
    /// The backups of the agenda at `path`, newest first (number 1); none when no save has replaced it yet.
    /// The file itself need not exist any more: its backups are still found beside where it was.
    public func backups(of path: String) throws(AgendaFileError) -> [AgendaBackup] {
        try backups(of: path, target: Self.backupTarget(path))
    }

    /// The folder where the backups of the agenda at `path` are kept, whether or not it exists yet.
    public func backupFolder(of path: String) throws(AgendaFileError) -> String {
        BackupFolder(file: try Self.backupTarget(path)).path
    }

    /// Puts backup `number` (1 is the newest, as `backups(of:)` lists them) back into the file at `path`,
    /// byte for byte, through the same locked, atomic save as every edit: the version it replaces becomes
    /// the newest backup, so a restore is undone by restoring backup 1. The backup must be a valid agenda;
    /// a file that is missing is written again with the backup's mode. The current file is not read as an
    /// agenda, so a file damaged by another program can be restored.
    public func restore(_ path: String, backup number: Int) throws(AgendaFileError) -> Restored {
        let target = try Self.backupTarget(path)
        let list = try backups(of: path, target: target)
        guard let backup = list.first(where: { $0.number == number }) else {
            throw AgendaFileError(file: path, list.isEmpty
                ? "there are no backups of this file yet (one is kept each time a save replaces it); nothing was written"
                : "there is no backup \(number): the backups are 1 (newest) to \(list.count); nothing was written")
        }
        let bytes: [UInt8]
        do {
            bytes = try FileIO.readFile(backup.path)
        } catch {
            throw AgendaFileError(file: backup.path, error.message + "; nothing was written")
        }
        let agenda: Agenda
        do {
            agenda = try decodeAndCheck(bytes, file: backup.path)
        } catch {
            var refusal = error
            refusal.items.append(.init("backup \(number) is not a valid agenda, so it was not restored; nothing was written"))
            throw refusal
        }

        var current = stat()
        guard stat(target, &current) == 0 else {
            // The file is gone: write it again, with the mode it had.
            var kept = stat()
            let mode = stat(backup.path, &kept) == 0 ? kept.st_mode & 0o777 : 0o600
            let written = try save(bytes, to: target, file: path, newMode: mode, keepingBackup: false)
            return Restored(backup: backup, agenda: agenda, stamp: written.stamp, outcome: .recreated,
                            warning: warn(written.warning, file: path))
        }
        let lock: FileLock
        do {
            lock = try FileLock.acquire(target)
        } catch {
            throw AgendaFileError(file: path, error.message + "; nothing was written")
        }
        defer { withExtendedLifetime(lock) {} }
        var info = stat()
        guard fstat(lock.fd, &info) == 0 else {
            throw AgendaFileError(file: path, FileIO.Failure(action: "cannot read", code: errno).message + "; nothing was written")
        }
        if Int64(info.st_size) == Int64(bytes.count), (try? FileIO.readAll(lock.fd)) == bytes {
            return Restored(backup: backup, agenda: agenda, stamp: FileStamp(info), outcome: .alreadyCurrent)
        }
        let written = try save(bytes, to: target, file: path, newMode: 0o600, keepingBackup: true)
        return Restored(backup: backup, agenda: agenda, stamp: written.stamp, outcome: .replaced,
                        warning: warn(written.warning, file: path))
    }

    /// The backups of the file at `target` (resolved), numbered newest first.
    private func backups(of path: String, target: String) throws(AgendaFileError) -> [AgendaBackup] {
        let folder = BackupFolder(file: target)
        let fd = open(folder.path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else {
            if errno == ENOENT { return [] }
            throw AgendaFileError(file: path, FileIO.Failure(action: "cannot open its backup folder \(folder.path)", code: errno).message)
        }
        defer { close(fd) }
        var list: [AgendaBackup] = []
        for name in BackupFolder.names(in: fd) {
            var info = stat()
            guard fstatat(fd, name.text, &info, AT_SYMLINK_NOFOLLOW) == 0, info.st_mode & S_IFMT == S_IFREG else { continue }
            let saved = Date(timeIntervalSince1970: Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9)
            list.append(AgendaBackup(number: list.count + 1, path: folder.path + "/" + name.text, savedAt: saved,
                                     keptAt: name.date, size: Int64(info.st_size)))
        }
        return list
    }

    /// Writes a restored version, refusing what a save refuses.
    private func save(
        _ bytes: [UInt8], to target: String, file path: String, newMode: mode_t, keepingBackup: Bool
    ) throws(AgendaFileError) -> AtomicWriter.Written {
        do {
            return try AtomicWriter.write(bytes, to: target, newMode: newMode, keepingBackup: keepingBackup)
        } catch {
            throw AgendaFileError(file: path, error.message + "; the file was not changed")
        }
    }

    /// The file whose backups `path` names: symbolic links resolved; for a file that no longer exists, the
    /// same name in its folder (resolved). A link to a missing file is refused: where its target was is
    /// not for this program to guess.
    static func backupTarget(_ path: String) throws(AgendaFileError) -> String {
        if let resolved = FileIO.resolvedPath(path) {
            var info = stat()
            if stat(resolved, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
                throw AgendaFileError(file: path, "is a folder; give the agenda file whose backups you want")
            }
            return resolved
        }
        let code = errno
        var info = stat()
        if lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK {
            throw AgendaFileError(file: path, "the file is a symbolic link to a file that does not exist; nothing was written")
        }
        guard code == ENOENT, let folder = FileIO.resolvedPath(FileIO.directory(of: path)) else {
            throw AgendaFileError(file: path, FileIO.Failure(action: "cannot open", code: code).message)
        }
        return (folder == "/" ? "" : folder) + "/" + FileIO.fileName(of: path)
    }
}
