#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether a save may replace a file: what it must refuse, before anything is written.
///
/// A save writes a new file and renames it over the old one. That is safe for a plain file, but:
/// - a read-only file (no write bit at all) says its owner wants it left alone;
/// - a file this user may not write must not be replaced by a rename, which a folder anyone may write
///   would allow; another user's file in a sticky folder cannot be replaced, so the save stops first;
/// - a file with other names (hard links) would be split: the name saved to gets the new file, the other
///   names keep the old version, silently. The save is refused with what to do instead. Links that are
///   this store's own backups (`BackupFolder`) are not counted: they are meant to keep the old version.
enum ReplaceCheck {
    /// Throws the reason the file described by `info` (at `file`, symbolic links resolved) must not be
    /// replaced by a save; the caller adds what happened to the data.
    static func check(_ info: stat, file: String) throws(FileIO.Failure) {
        if info.st_mode & 0o222 == 0 {
            throw FileIO.Failure(refusal: "the file is read-only (mode \(String(info.st_mode & 0o777, radix: 8)))")
        }
        // In a folder anyone may write, a rename could replace a file this user may not write: refuse that too.
        if faccessat(AT_FDCWD, file, W_OK, AT_EACCESS) != 0, errno == EACCES {
            throw FileIO.Failure(refusal: "you do not have permission to write the file (mode \(String(info.st_mode & 0o777, radix: 8)))")
        }
        // In a sticky folder (such as /tmp) only the file's or the folder's owner may replace it.
        var folder = stat()
        let uid = geteuid()
        if uid != 0, info.st_uid != uid, stat(FileIO.directory(of: file), &folder) == 0, folder.st_mode & S_ISVTX != 0,
           folder.st_uid != uid {
            throw FileIO.Failure(refusal: """
                the file is another user's, in a folder where only they may replace it (a sticky folder, like /tmp)
                """)
        }
        guard info.st_nlink > 1 else { return }
        let others = Int(info.st_nlink) - 1 - BackupFolder(file: file).count(linksTo: info)
        guard others > 0 else { return }
        let names = others == 1 ? "1 other name (a hard link)" : "\(others) other names (hard links)"
        throw FileIO.Failure(refusal: """
            the file has \(names), which a save would silently leave on the old version (a save \
            writes a new file in its place); make the other names symbolic links to it (ln -sf), or give this \
            file a name of its own (cp it to a new name), then save again
            """)
    }
}
