#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Temp files that saves killed mid-write left beside an agenda, removed by the next save.
///
/// A save writes `.NAME.tmp-XXXXXX` and renames it over the agenda; a process killed between the two
/// (SIGKILL, a power cut) leaves the temp file behind, and nothing else would ever remove it. The next
/// save removes them while it holds the agenda's lock: every save of an existing agenda takes that lock
/// before it creates its temp file and has renamed it before it lets go, so no temp file of a live save
/// can exist then.
enum StaleTempFiles {
    /// Removes the regular files named `.NAME.tmp-` and six characters beside `path` (a resolved path,
    /// whose lock the caller holds); returns how many it removed.
    @discardableResult
    static func remove(beside path: String) -> Int {
        let prefix = Array(("." + FileIO.fileName(of: path) + ".tmp-").utf8)
        guard let folder = opendir(FileIO.directory(of: path)) else { return 0 }
        defer { closedir(folder) }
        let descriptor = dirfd(folder)
        var removed = 0
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                Array(raw.prefix { $0 != 0 })
            }
            guard name.count == prefix.count + 6, name.starts(with: prefix) else { continue }
            var info = stat()
            guard fstatat(descriptor, name.map { CChar(bitPattern: $0) } + [0], &info, AT_SYMLINK_NOFOLLOW) == 0,
                  info.st_mode & S_IFMT == S_IFREG else { continue }
            if unlinkat(descriptor, name.map { CChar(bitPattern: $0) } + [0], 0) == 0 { removed += 1 }
        }
        return removed
    }
}
