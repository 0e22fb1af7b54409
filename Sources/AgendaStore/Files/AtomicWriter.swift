#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Replaces a file's content all at once: readers and a crash see the old file or the new, never a mix.
///
/// The bytes go to a temp file created exclusively (mode 0600) in the same folder, which is written,
/// given the original's mode, fsynced and renamed over the original; then the folder is fsynced. On any
/// failure the temp file is removed and the original is untouched.
enum AtomicWriter {
    /// The prefix of temp files, so leftovers of a killed process are recognisable: `.name.tmp-XXXXXX`.
    static func tempPrefix(for path: String) -> String {
        FileIO.directory(of: path) + "/." + FileIO.fileName(of: path) + ".tmp-"
    }

    /// Writes `bytes` to `path` (a resolved path, not a symlink), keeping the original's mode, or
    /// using `newMode` for a file that does not exist yet; returns the stamp of the file written.
    @discardableResult
    static func write(_ bytes: [UInt8], to path: String, newMode: mode_t = 0o600) throws(FileIO.Failure) -> FileStamp {
        var original = stat()
        let exists = stat(path, &original) == 0
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
        guard rename(tempPath, path) == 0 else { throw FileIO.Failure(action: "cannot replace the file", code: errno) }
        committed = true
        try FileIO.syncDirectory(FileIO.directory(of: path))
        guard let stamp else { throw FileIO.Failure(action: "cannot read back", code: errno) }
        return stamp
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
