#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The backups of one agenda file, in a hidden folder beside it: `.agenda-backups/<file name>/<time>.json`,
/// where `<time>` is a `BackupName` (`20250131T123456.123456789Z.json`, the UTC instant the version was set
/// aside). The newest `kept` (5) are kept; a save removes older ones.
///
/// A save keeps the version it replaces by hard-linking the old file into the folder just before the rename
/// that replaces it. The old file was to be let go by that rename anyway, so a backup copies no byte and
/// takes no room beyond a folder entry, whatever the file's size. A backup is the very file as it was:
/// same bytes, same mode, same owner, and its modification time is when that version was saved.
///
/// Both folders are made 0700, and tightened to 0700 when found wider, so a backup is never readable by
/// anyone who cannot read the agenda itself, even after the agenda's mode is narrowed. `.agenda-backups`
/// holds a `.gitignore` of `*`, so git never offers old versions (and whatever they held) for a commit.
/// When root saves another user's file, the folders are given to that user, who can then list and restore.
/// The folders are opened with `O_NOFOLLOW`: a symbolic link put in their place is refused, never followed.
///
/// The backups folder is not fsynced after a link: on journalled file systems the rename's fsync commits
/// the link with it, and at worst a power cut loses a backup, never the agenda.
struct BackupFolder {
    /// The hidden folder beside the agenda files that holds one folder of backups per agenda.
    static let folderName = ".agenda-backups"
    /// How many versions of each agenda are kept.
    static let kept = 5

    /// The agenda file, symbolic links resolved: backups live beside the file a link points to.
    let file: String

    /// `.agenda-backups` beside the file.
    var top: String { FileIO.directory(of: file) + "/" + Self.folderName }

    /// The folder of this file's backups.
    var path: String { top + "/" + FileIO.fileName(of: file) }

    /// The backups' names, newest first; nil when the folder does not exist or cannot be read.
    func names() -> [BackupName]? {
        guard let fd = openExisting() else { return nil }
        defer { close(fd) }
        return Self.names(in: fd)
    }

    /// How many of the backups are the file described by `info` (the same inode): links this store made.
    func count(linksTo info: stat) -> Int {
        guard let fd = openExisting() else { return 0 }
        defer { close(fd) }
        return Self.names(in: fd).count { name in
            var backup = stat()
            return fstatat(fd, name.text, &backup, AT_SYMLINK_NOFOLLOW) == 0
                && backup.st_dev == info.st_dev && backup.st_ino == info.st_ino
        }
    }

    /// Links the file as it is now (described by `original`) into the folder, creating the folders when
    /// missing; the returned value removes the link again when the save does not happen, and prunes.
    /// When a backup of this very file already exists (a save killed between its link and its rename),
    /// no second one is made.
    func keep(_ original: stat) throws(FileIO.Failure) -> KeptBackup {
        let fd = try openCreating(owner: original)
        if original.st_nlink > 1, count(linksTo: original) > 0 {
            return KeptBackup(folder: fd, name: nil)
        }
        var name = BackupName.now()
        // Names are unique to the nanosecond; a name taken (another save in the same instant) moves on by one.
        for _ in 0..<1000 {
            if linkat(AT_FDCWD, file, fd, name.text, 0) == 0 {
                return KeptBackup(folder: fd, name: name)
            }
            let code = errno
            guard code == EEXIST else {
                close(fd)
                throw FileIO.Failure(action: "cannot link it into \(Self.folderName)/\(FileIO.fileName(of: file))", code: code)
            }
            name = name.next
        }
        close(fd)
        throw FileIO.Failure(action: "cannot name a backup in \(path)", code: EEXIST)
    }

    /// Opens the folder of backups, or nil when it does not exist (or is not a real folder).
    func openExisting() -> Int32? {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        return fd >= 0 ? fd : nil
    }

    /// Opens the folder of backups, creating it and `.agenda-backups` (0700) when missing.
    private func openCreating(owner original: stat) throws(FileIO.Failure) -> Int32 {
        let shown = Self.folderName
        let createdTop = mkdir(top, 0o700) == 0
        if !createdTop && errno != EEXIST {
            throw FileIO.Failure(action: "cannot create the backup folder \(shown)", code: errno)
        }
        let topFD = open(top, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard topFD >= 0 else { throw Self.openFailure(shown, errno) }
        defer { close(topFD) }
        Self.secure(topFD, owner: original, created: createdTop)

        let name = FileIO.fileName(of: file)
        let shownInner = shown + "/" + name
        let createdInner = mkdirat(topFD, name, 0o700) == 0
        if !createdInner && errno != EEXIST {
            throw FileIO.Failure(action: "cannot create the backup folder \(shownInner)", code: errno)
        }
        let fd = openat(topFD, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { throw Self.openFailure(shownInner, errno) }
        Self.secure(fd, owner: original, created: createdInner)
        if createdTop || createdInner { Self.writeGitIgnore(in: topFD, owner: original) }
        return fd
    }

    /// The failure to open a backup folder; a symbolic link or a file in its place is named as such.
    private static func openFailure(_ shown: String, _ code: Int32) -> FileIO.Failure {
        if code == ELOOP || code == ENOTDIR {
            return FileIO.Failure(refusal: "\(shown) is not a folder (a symbolic link or a file is in its place)")
        }
        return FileIO.Failure(action: "cannot open the backup folder \(shown)", code: code)
    }

    /// Makes a backup folder the agenda owner's and private: root gives a folder it created to the file's
    /// owner; a folder of ours found open to others is closed to them (0700).
    private static func secure(_ fd: Int32, owner original: stat, created: Bool) {
        if created, geteuid() == 0 {
            _ = fchown(fd, original.st_uid, original.st_gid)
        }
        var info = stat()
        if fstat(fd, &info) == 0, info.st_mode & 0o077 != 0, info.st_uid == geteuid() || geteuid() == 0 {
            _ = fchmod(fd, 0o700)
        }
    }

    /// Writes `.gitignore` (`*`) into `.agenda-backups` when it has none, so git leaves the backups alone;
    /// tried whenever a backup folder is made. Not having one harms no data, so a failure is let go (and a
    /// half-written one removed, to be tried again).
    private static func writeGitIgnore(in folder: Int32, owner original: stat) {
        let fd = openat(folder, ".gitignore", O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return }
        defer { close(fd) }
        let text = "# Backups kept by agenda (agenda restore FILE lists them); not for git.\n*\n"
        do {
            try FileIO.writeAll(fd, Array(text.utf8))
        } catch {
            unlinkat(folder, ".gitignore", 0)
            return
        }
        if geteuid() == 0 { _ = fchown(fd, original.st_uid, original.st_gid) }
    }

    /// The backups in the folder open at `fd`, newest first; other files there are left out.
    static func names(in fd: Int32) -> [BackupName] {
        let copy = dup(fd)
        guard copy >= 0, let directory = fdopendir(copy) else {
            if copy >= 0 { close(copy) }
            return []
        }
        defer { closedir(directory) }
        var names: [BackupName] = []
        while let entry = readdir(directory) {
            let text = withUnsafePointer(to: &entry.pointee.d_name) { pointer in
                String(cString: UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self))
            }
            if let name = BackupName(parsing: text) { names.append(name) }
        }
        return names.sorted(by: >)
    }
}

/// A backup just linked into its folder, the folder still open: `discard` takes it back when the save
/// fails; `prune` keeps the newest `BackupFolder.kept` once the save is done.
final class KeptBackup {
    private let folder: Int32
    /// The backup made, or nil when the file already had one (see `BackupFolder.keep`).
    let name: BackupName?

    init(folder: Int32, name: BackupName?) {
        self.folder = folder
        self.name = name
    }

    /// Removes the backup just made: the version it holds is still the current file.
    func discard() {
        if let name { unlinkat(folder, name.text, 0) }
    }

    /// Removes all but the newest `BackupFolder.kept` backups. A backup that cannot be removed stays until
    /// a later save removes it: that harms no data.
    func prune() {
        for old in BackupFolder.names(in: folder).dropFirst(BackupFolder.kept) {
            unlinkat(folder, old.text, 0)
        }
    }

    deinit {
        close(folder)
    }
}
