import AgendaModel
@testable import AgendaStore
import Foundation
import Synchronization
import Testing
import TestSupport

/// Rotating backups: each save keeps the version it replaces, the last five stay, and one comes back.
@Suite struct BackupTests {
    let store = FileAgendaStore()
    let format = JSONAgendaFormat()

    func info(_ path: String) -> stat {
        var info = stat()
        lstat(path, &info)
        return info
    }

    func bytes(_ path: String) -> [UInt8] {
        FileManager.default.contents(atPath: path).map { Array($0) } ?? []
    }

    /// Sets G-0001's progress: one save.
    func save(_ path: String, progress: Int) throws {
        try store.update(path) { (agenda) throws(AgendaFileError) in
            _ = try? agenda.apply(.setGoal(id: "G-0001", .progress(progress)), by: "T", at: Fixtures.time)
        }
    }

    /// A folder with `a.json` holding the fixture agenda at `mode`.
    func agendaFile(mode: mode_t = 0o640) -> (TemporaryFolder, String) {
        let folder = TemporaryFolder()
        let path = folder.write("a.json", String(decoding: format.encode(Fixtures.agenda()), as: UTF8.self), mode: mode)
        return (folder, path)
    }

    @Test func aSaveKeepsTheVersionItReplacesAsAHardLinkWithTheFilesMode() throws {
        let (folder, path) = agendaFile()
        let old = bytes(path)
        let oldInode = info(path).st_ino
        try save(path, progress: 55)

        let backups = try store.backups(of: path)
        try #require(backups.count == 1)
        let backup = backups[0]
        #expect(backup.number == 1)
        #expect(backup.path.hasPrefix(folder.path + "/.agenda-backups/a.json/"))
        #expect(bytes(backup.path) == old, "the backup is the version replaced, byte for byte")
        #expect(info(backup.path).st_ino == oldInode, "the backup is the old file itself, linked, not a copy")
        #expect(info(backup.path).st_mode & 0o777 == 0o640)
        #expect(info(backup.path).st_nlink == 1 && info(path).st_nlink == 1)
        #expect(backup.size == Int64(old.count))
        #expect(info(folder.file(".agenda-backups")).st_mode & 0o777 == 0o700)
        #expect(info(folder.file(".agenda-backups/a.json")).st_mode & 0o777 == 0o700)
        #expect(String(decoding: bytes(folder.file(".agenda-backups/.gitignore")), as: UTF8.self).hasSuffix("\n*\n"))
        #expect(info(folder.file(".agenda-backups/.gitignore")).st_mode & 0o777 == 0o600)
        #expect(folder.names() == [".agenda-backups", "a.json"], "a temp file was left behind")
    }

    @Test func theLastFiveAreKeptNewestFirstAndOtherFilesThereAreLeftAlone() throws {
        let (folder, path) = agendaFile()
        var versions = [bytes(path)]
        try save(path, progress: 1)
        // Something of the user's own in the backups folder: never listed, never removed.
        let note = folder.write(".agenda-backups/a.json/keep-me.txt", "mine")
        for progress in 2...8 {
            versions.append(bytes(path))
            try save(path, progress: progress)
        }
        let backups = try store.backups(of: path)
        #expect(backups.map(\.number) == [1, 2, 3, 4, 5])
        // Newest first: backup 1 is the version before the last save.
        #expect(backups.map { bytes($0.path) } == Array(versions.suffix(5).reversed()))
        #expect(backups.map(\.keptAt) == backups.map(\.keptAt).sorted(by: >))
        #expect(FileManager.default.fileExists(atPath: note))
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.file(".agenda-backups/a.json"))
        #expect(names.count == 6)
    }

    @Test func backupNamesSortByTimeAndReadBack() throws {
        let name = BackupName(seconds: 1_768_478_400, nanoseconds: 5)
        #expect(name.text == "20260115T120000.000000005Z.json")
        #expect(BackupName(parsing: name.text) == name)
        let late = BackupName(seconds: 1_768_478_400, nanoseconds: 999_999_999)
        #expect(late.next == BackupName(seconds: 1_768_478_401, nanoseconds: 0))
        #expect(late.text < late.next.text && name.text < late.text)
        for wrong in ["20260115T120000.000000005Z.json.bak", "20261315T120000.000000005Z.json", "keep-me.txt",
                      "20260115T126000.000000005Z.json", "2026011xT120000.000000005Z.json", ".gitignore"] {
            #expect(BackupName(parsing: wrong) == nil, "\(wrong)")
        }
    }

    @Test func aRestoreBringsAVersionBackByteForByteAndCanBeUndone() throws {
        let (folder, path) = agendaFile()
        defer { withExtendedLifetime(folder) {} }
        var versions = [bytes(path)]
        for progress in [10, 20, 30] {
            try save(path, progress: progress)
            versions.append(bytes(path))
        }
        // On disk: progress 30; backups 1, 2, 3 hold 20, 10 and the original 40.
        let restored = try store.restore(path, backup: 2)
        #expect(restored.outcome == .replaced)
        #expect(bytes(path) == versions[1])
        #expect(restored.agenda.goal("G-0001")?.progress == 10)
        #expect(try store.read(path).stamp == restored.stamp)
        #expect(info(path).st_mode & 0o777 == 0o640)
        // The version it replaced is now backup 1: restoring it undoes the restore.
        #expect(bytes(try store.backups(of: path)[0].path) == versions[3])
        _ = try store.restore(path, backup: 1)
        #expect(bytes(path) == versions[3])
        // Backups now: 1 = versions[1] (replaced by the undo), 2 = versions[3]. Restoring the version the
        // file holds writes nothing and leaves the backups as they are.
        let backupsBefore = try store.backups(of: path)
        #expect(bytes(backupsBefore[1].path) == versions[3])
        let inode = info(path).st_ino
        #expect(try store.restore(path, backup: 2).outcome == .alreadyCurrent)
        #expect(info(path).st_ino == inode)
        #expect(try store.backups(of: path) == backupsBefore)
    }

    @Test func aDamagedOrMissingFileCanBeRestored() throws {
        let (folder, path) = agendaFile(mode: 0o600)
        defer { withExtendedLifetime(folder) {} }
        try save(path, progress: 70)
        let good = bytes(path)
        try save(path, progress: 71)
        // Another program breaks the file: the store will not edit it, but a restore puts a version back.
        try Data("{\"title\": ".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: AgendaFileError.self) { try save(path, progress: 72) }
        _ = try store.restore(path, backup: 1)
        #expect(bytes(path) == good)
        // The file is deleted: its backups are still found, and it comes back with its mode.
        unlink(path)
        #expect(try store.backups(of: path).count == 3)
        let recreated = try store.restore(path, backup: 2)
        #expect(recreated.outcome == .recreated)
        #expect(bytes(path) == good)
        #expect(info(path).st_mode & 0o777 == 0o600)
    }

    @Test func aRestoreRefusesAnUnknownNumberAndABackupThatIsNoAgenda() throws {
        let (folder, path) = agendaFile()
        defer { withExtendedLifetime(folder) {} }
        #expect(throws: AgendaFileError(file: path,
            "there are no backups of this file yet (one is kept each time a save replaces it); nothing was written")) {
            _ = try store.restore(path, backup: 1)
        }
        try save(path, progress: 5)
        #expect(throws: AgendaFileError(file: path, "there is no backup 2: the backups are 1 (newest) to 1; nothing was written")) {
            _ = try store.restore(path, backup: 2)
        }
        let backup = try store.backups(of: path)[0].path
        // A backup damaged by hand.
        unlink(backup)
        try Data("{\"title\": \"x\",, }".utf8).write(to: URL(fileURLWithPath: backup))
        let current = bytes(path)
        do {
            _ = try store.restore(path, backup: 1)
            Issue.record("a broken backup was restored")
        } catch {
            #expect(error.file == backup)
            #expect(error.items.first?.position != nil, "the problem in the backup has its line and column")
            #expect(error.description.contains("backup 1 is not a valid agenda, so it was not restored; nothing was written"))
        }
        #expect(bytes(path) == current)
    }

    @Test func aSaveKilledBetweenItsLinkAndItsRenameIsNoHardLinkToRefuse() throws {
        let (folder, path) = agendaFile()
        try save(path, progress: 1)
        // As if a save had linked the current file and been killed before its rename.
        let orphan = folder.file(".agenda-backups/a.json/" + BackupName.now().text)
        #expect(link(path, orphan) == 0)
        #expect(info(path).st_nlink == 2)
        let current = bytes(path)
        try save(path, progress: 2)
        let backups = try store.backups(of: path)
        #expect(backups.count == 2, "no second backup of the same version")
        #expect(bytes(backups[0].path) == current)
    }

    @Test func aSymlinkedAgendaKeepsItsBackupsBesideTheTarget() throws {
        let folder = TemporaryFolder()
        let real = folder.file("real")
        try FileManager.default.createDirectory(atPath: real, withIntermediateDirectories: false)
        let target = folder.write("real/agenda.json", String(decoding: format.encode(Fixtures.agenda()), as: UTF8.self),
                                  mode: 0o660)
        let link = folder.file("link.json")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "real/agenda.json")
        try save(link, progress: 9)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "real/agenda.json")
        #expect(info(target).st_mode & 0o777 == 0o660)
        #expect(folder.names() == ["link.json", "real"])
        #expect(try store.backups(of: link).map(\.path) == store.backups(of: target).map(\.path))
        #expect(try store.backups(of: link).first?.path.hasPrefix(real + "/.agenda-backups/agenda.json/") == true)
        _ = try store.restore(link, backup: 1)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "real/agenda.json")
        #expect(try store.load(target).goal("G-0001")?.progress == 40)
    }

    @Test func aBackupThatCannotBeKeptDoesNotStopTheSaveAndSaysSo() throws {
        let (folder, path) = agendaFile()
        // A file where the backups folder should be: no backup can be kept.
        folder.write(".agenda-backups", "not a folder", mode: 0o600)
        let heard = Mutex<[AgendaFileError]>([])
        let reporting = FileAgendaStore(warningReporter: { warning in heard.withLock { $0.append(warning) } })
        let modified = try reporting.modify(path) { (agenda) throws(AgendaFileError) in
            _ = try? agenda.apply(.setGoal(id: "G-0001", .progress(33)), by: "T", at: Fixtures.time)
        }
        #expect(try store.load(path).goal("G-0001")?.progress == 33, "the edit is saved")
        let warning = try #require(modified.warning)
        #expect(warning.description == "\(path): saved, but the version it replaced could not be kept as a backup: "
            + ".agenda-backups is not a folder (a symbolic link or a file is in its place)")
        #expect(warning.file == path)
        #expect(heard.withLock { $0 } == [warning])
        #expect(folder.names() == [".agenda-backups", "a.json"])
    }

    @Test func aSymbolicLinkInPlaceOfTheBackupsFolderIsNeverFollowed() throws {
        let (folder, path) = agendaFile()
        let elsewhere = TemporaryFolder()
        try FileManager.default.createSymbolicLink(atPath: folder.file(".agenda-backups"), withDestinationPath: elsewhere.path)
        let modified = try store.modify(path) { (agenda) throws(AgendaFileError) in
            _ = try? agenda.apply(.setGoal(id: "G-0001", .progress(34)), by: "T", at: Fixtures.time)
        }
        #expect(modified.warning?.description.contains(".agenda-backups is not a folder") == true, "\(String(describing: modified.warning))")
        #expect(elsewhere.names() == [], "nothing was written through the link")
        #expect(try store.load(path).goal("G-0001")?.progress == 34)
    }

    @Test(.enabled(if: getuid() == 0, "only root can save another user's file"))
    func rootSavingAnotherUsersFileGivesThemTheBackups() throws {
        let (folder, path) = agendaFile(mode: 0o600)
        chown(path, 65534, 65534)
        try save(path, progress: 3)
        #expect(info(path).st_uid == 65534)
        #expect(info(folder.file(".agenda-backups")).st_uid == 65534)
        #expect(info(folder.file(".agenda-backups/a.json")).st_uid == 65534)
        #expect(info(try store.backups(of: path)[0].path).st_uid == 65534)
    }

    @Test func aFolderOpenToOthersIsClosedAgain() throws {
        let (folder, path) = agendaFile()
        try save(path, progress: 3)
        chmod(folder.file(".agenda-backups"), 0o755)
        chmod(folder.file(".agenda-backups/a.json"), 0o777)
        try save(path, progress: 4)
        #expect(info(folder.file(".agenda-backups")).st_mode & 0o777 == 0o700)
        #expect(info(folder.file(".agenda-backups/a.json")).st_mode & 0o777 == 0o700)
    }
}
