#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Replaces a file's content all at once: readers and a crash see the old file or the new, never a mix.
///
/// The bytes go to a temp file created exclusively (mode 0600) in the same folder, which is written,
/// given the original's mode, fsynced and renamed over the original; then the folder is fsynced. On any
/// failure before the rename the temp file is removed and the original is untouched. A file a save must
/// not replace (read-only, or with other names: see `ReplaceCheck`) is refused before anything is written.
///
/// With `keepingBackup`, the version replaced is hard-linked into its `BackupFolder` just before the
/// rename. A backup that cannot be made (a full disk, a folder the user may not write) does not stop the
/// save: the edit in hand is newer than the version it replaces, which differs from it by that edit alone,
/// so refusing would lose more than it keeps. The problem comes back in `Written.warning` to be shown.
enum AtomicWriter {
    /// What a write did: the stamp of the file written, and what went wrong beside the save, if anything.
    struct Written {
        var stamp: FileStamp
        /// The save is done, but: no backup could be kept, or the folder could not be flushed to disk.
        var warning: String?
    }

    /// The prefix of temp files, so leftovers of a killed process are recognisable: `.name.tmp-XXXXXX`.
    static func tempPrefix(for path: String) -> String {
        FileIO.directory(of: path) + "/." + FileIO.fileName(of: path) + ".tmp-"
    }

    /// Writes `bytes` to `path` (a resolved path, not a symlink), keeping the original's mode, or
    /// using `newMode` for a file that does not exist yet; keeps the version replaced as a backup when asked.
    @discardableResult
    static func write(
        _ bytes: [UInt8], to path: String, newMode: mode_t = 0o600, keepingBackup: Bool
    ) throws(FileIO.Failure) -> Written {
        var original = stat()
        let exists = stat(path, &original) == 0
        if exists { try ReplaceCheck.check(original, file: path) }
        let mode = exists ? original.st_mode & 0o7777 : newMode

        let (fd, tempPath) = try createTemp(for: path)
        var committed = false
        defer {
            if !committed { unlink(tempPath) }
        }
        do throws(FileIO.Failure) {
            try FileIO.writeAll(fd, bytes)
            if exists, getuid() == 0 {
                // Root saving someone else's file: hand it back to its owner.
                _ = fchown(fd, original.st_uid, original.st_gid)
            }
            guard fchmod(fd, mode) == 0 else { throw FileIO.Failure(action: "cannot set the mode", code: errno) }
            guard fsync(fd) == 0 else { throw FileIO.Failure(action: "cannot flush to disk", code: errno) }
        } catch {
            close(fd)
            throw error
        }
        let stamp = FileStamp.of(fd: fd)
        guard close(fd) == 0 else { throw FileIO.Failure(action: "cannot write", code: errno) }
        guard let stamp else { throw FileIO.Failure(action: "cannot read back", code: errno) }

        var warnings: [String] = []
        var kept: KeptBackup?
        if keepingBackup, exists {
            do {
                kept = try BackupFolder(file: path).keep(original)
            } catch {
                warnings.append("the version it replaced could not be kept as a backup: " + error.message)
            }
        }
        guard rename(tempPath, path) == 0 else {
            let code = errno
            kept?.discard()
            throw FileIO.Failure(action: "cannot replace the file", code: code)
        }
        committed = true
        kept?.prune()
        do {
            try FileIO.syncDirectory(FileIO.directory(of: path))
        } catch {
            warnings.append("the folder could not be flushed to disk, so a power cut could still undo it: " + error.message)
        }
        return Written(stamp: stamp, warning: warnings.isEmpty ? nil : "saved, but " + warnings.joined(separator: "; and "))
    }

    /// Creates `.name.tmp-XXXXXX` beside the file, exclusively, readable and writable by its owner only.
    private static func createTemp(for path: String) throws(FileIO.Failure) -> (Int32, String) {
        let letters = Array("abcdefghijklmnopqrstuvwxyz0123456789")
        var random = SystemRandomNumberGenerator()
        while true {
            let suffix = String((0..<6).map { _ in letters[Int(random.next(upperBound: UInt32(letters.count)))] })
            let tempPath = tempPrefix(for: path) + suffix
            let fd = open(tempPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            if fd >= 0 { return (fd, tempPath) }
            if errno != EEXIST {
                throw FileIO.Failure(action: "cannot create a temporary file beside it", code: errno)
            }
        }
    }
}
