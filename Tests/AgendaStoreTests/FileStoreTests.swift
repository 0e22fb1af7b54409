import AgendaModel
@testable import AgendaStore
import Foundation
import Testing
import TestSupport

/// Saving: atomic, durable, mode- and link-preserving, and refusing cleanly when it cannot.
@Suite struct FileStoreTests {
    let store = FileAgendaStore()
    let format = JSONAgendaFormat()

    func mode(_ path: String) -> mode_t {
        var info = stat()
        stat(path, &info)
        return info.st_mode & 0o777
    }

    @Test func createWritesAPrivateFileAndRefusesToOverwrite() throws {
        let folder = TemporaryFolder()
        let path = folder.file("new.json")
        try store.create(Fixtures.agenda(), at: path)
        #expect(mode(path) == 0o600)
        #expect(try store.load(path) == Fixtures.agenda())
        #expect(throws: AgendaFileError.self) { try store.create(Fixtures.agenda(), at: path) }
        #expect(folder.names() == ["new.json"])
    }

    @Test func updateSavesAndKeepsTheFilesMode() throws {
        let folder = TemporaryFolder()
        let path = folder.write("a.json", String(decoding: format.encode(Fixtures.agenda()), as: UTF8.self), mode: 0o640)
        try store.update(path) { (agenda) throws(AgendaFileError) in
            _ = try? agenda.apply(.setGoal(id: "G-0001", .progress(55)), by: "T", at: Fixtures.time)
        }
        #expect(try store.load(path).goal("G-0001")?.progress == 55)
        #expect(mode(path) == 0o640)
        #expect(folder.names() == [".agenda-backups", "a.json"], "a temp file was left behind")
    }

    @Test func aKnownVersionStillOnDiskIsNotReadAgainAndAStaleOneIs() throws {
        let folder = TemporaryFolder()
        let path = folder.file("a.json")
        try store.create(Fixtures.agenda(), at: path)
        let (agenda, stamp) = try store.read(path)
        // The caller's version, marked so that its use shows: the store takes it as what is on disk.
        var marked = agenda
        marked.description = "as the caller holds it"
        let first = try store.modify(path, knowing: KnownVersion(agenda: marked, stamp: stamp)) { (agenda) throws(AgendaFileError) in
            _ = try? agenda.apply(.setGoal(id: "G-0001", .progress(55)), by: "T", at: Fixtures.time)
        }
        #expect(first.agenda.description == "as the caller holds it")
        #expect(try store.load(path).description == "as the caller holds it")
        // Someone else writes the file: the old stamp no longer matches, so the file is read.
        try store.update(path) { (agenda) throws(AgendaFileError) in agenda.description = "written by another" }
        let second = try store.modify(path, knowing: KnownVersion(agenda: marked, stamp: first.stamp)) { (agenda) throws(AgendaFileError) in
            _ = try? agenda.apply(.setGoal(id: "G-0001", .progress(60)), by: "T", at: Fixtures.time)
        }
        #expect(second.agenda.description == "written by another" && second.agenda.goal("G-0001")?.progress == 60)
        #expect(try store.read(path).stamp == second.stamp)
    }

    @Test func anUpdateThatChangesNothingDoesNotWrite() throws {
        let folder = TemporaryFolder()
        let path = folder.write("a.json", String(decoding: format.encode(Fixtures.agenda()), as: UTF8.self))
        var before = stat()
        stat(path, &before)
        try store.update(path) { (_: inout Agenda) throws(AgendaFileError) in }
        var after = stat()
        stat(path, &after)
        #expect(before.st_ino == after.st_ino)
    }

    @Test func aSymlinkedAgendaIsWrittenThroughAndTheLinkStays() throws {
        let folder = TemporaryFolder()
        let target = folder.write("real.json", String(decoding: format.encode(Fixtures.agenda()), as: UTF8.self))
        let link = folder.file("link.json")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "real.json")
        try store.update(link) { (agenda) throws(AgendaFileError) in
            _ = try? agenda.apply(.setGoal(id: "G-0002", .progress(70)), by: "T", at: Fixtures.time)
        }
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "real.json")
        #expect(try store.load(target).goal("G-0002")?.progress == 70)
        #expect(folder.names() == [".agenda-backups", "link.json", "real.json"])
    }

    @Test func anInvalidEditIsNotWritten() throws {
        let folder = TemporaryFolder()
        let text = String(decoding: format.encode(Fixtures.agenda()), as: UTF8.self)
        let path = folder.write("a.json", text)
        #expect(throws: AgendaFileError.self) {
            try store.update(path) { (agenda) throws(AgendaFileError) in
                agenda.goals[0].area = "nowhere"
            }
        }
        #expect(String(decoding: FileManager.default.contents(atPath: path)!, as: UTF8.self) == text)
    }

    @Test func aBrokenFileIsNeverWritten() throws {
        let folder = TemporaryFolder()
        let path = folder.write("a.json", "{\"title\": \"T\",, }")
        var called = false
        #expect(throws: AgendaFileError.self) {
            try store.update(path) { (_: inout Agenda) throws(AgendaFileError) in called = true }
        }
        #expect(!called)
        #expect(String(decoding: FileManager.default.contents(atPath: path)!, as: UTF8.self) == "{\"title\": \"T\",, }")
    }

    @Test func aReadOnlyFileIsRefused() throws {
        let folder = TemporaryFolder()
        let text = String(decoding: format.encode(Fixtures.agenda()), as: UTF8.self)
        let path = folder.write("a.json", text, mode: 0o444)
        #expect(throws: AgendaFileError(file: path, "the file is read-only (mode 444); nothing was written")) {
            try store.update(path) { (agenda) throws(AgendaFileError) in
                _ = try? agenda.apply(.setGoal(id: "G-0001", .progress(1)), by: "T", at: Fixtures.time)
            }
        }
        #expect(mode(path) == 0o444)
        #expect(String(decoding: FileManager.default.contents(atPath: path)!, as: UTF8.self) == text)
    }

    @Test func aMissingFolderGivesAClearError() {
        #expect(throws: AgendaFileError.self) {
            try store.create(Fixtures.agenda(), at: "/nonexistent-folder-\(UUID().uuidString)/a.json")
        }
        do {
            try store.create(Fixtures.agenda(), at: "/nonexistent-folder/a.json")
        } catch {
            #expect(error.description.contains("No such file or directory"))
            #expect(error.description.contains("nothing was written"))
        }
    }

    @Test func aMissingFileGivesAClearError() {
        #expect(throws: AgendaFileError(file: "/nowhere/x.json", "cannot open: No such file or directory")) {
            _ = try store.load("/nowhere/x.json")
        }
    }

    @Test func aFailedWriteLeavesTheOldFileWholeAndNoTempFile() throws {
        // A tmpfs too small for the new content: the write fails with "No space left on device".
        guard getuid() == 0 else {
            // Without root the mount is not possible; the read-only folder test covers a failed save.
            #expect(getuid() != 0)
            return
        }
        let folder = TemporaryFolder()
        let mount = folder.file("small")
        try FileManager.default.createDirectory(atPath: mount, withIntermediateDirectories: true)
        let mounted = CommandRunner.run("/bin/mount", ["-t", "tmpfs", "-o", "size=12k", "tmpfs", mount])
        try #require(mounted.status == 0, "mount failed: \(mounted.stderr)")
        defer { _ = CommandRunner.run("/bin/umount", [mount]) }
        let text = String(decoding: format.encode(Fixtures.agenda()), as: UTF8.self)
        let path = mount + "/a.json"
        _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        do {
            try store.update(path) { (agenda) throws(AgendaFileError) in
                _ = try? agenda.apply(.setGoal(id: "G-0001", .description(String(repeating: "x", count: 20_000))),
                                      by: "T", at: Fixtures.time)
            }
            Issue.record("the save succeeded on a full disk")
        } catch {
            #expect(error.description.contains("No space left on device"))
            #expect(error.description.contains("the file was not changed"))
        }
        #expect(String(decoding: FileManager.default.contents(atPath: path)!, as: UTF8.self) == text)
        #expect(try FileManager.default.contentsOfDirectory(atPath: mount) == ["a.json"])
    }

    @Test func aReadOnlyFolderRefusesTheSaveAndKeepsTheFile() throws {
        let folder = TemporaryFolder()
        let inner = folder.file("locked")
        try FileManager.default.createDirectory(atPath: inner, withIntermediateDirectories: false)
        let path = inner + "/a.json"
        let text = String(decoding: format.encode(Fixtures.agenda()), as: UTF8.self)
        _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        chmod(path, 0o666)
        chmod(inner, 0o555)
        defer { chmod(inner, 0o755) }
        // Root ignores folder permissions, so the save is made by an unprivileged user when tests run as root.
        let result = CommandRunner.agenda(["set", path, "G-0001", "--progress", "5"], asUser: getuid() == 0 ? 65534 : nil)
        #expect(result.status == 1)
        #expect(result.stderr.contains("Permission denied"), "stderr: \(result.stderr)")
        #expect(result.stderr.hasPrefix(path + ": "))
        #expect(String(decoding: FileManager.default.contents(atPath: path)!, as: UTF8.self) == text)
        #expect(try FileManager.default.contentsOfDirectory(atPath: inner) == ["a.json"])
    }
}

/// A file with a second name (a hard link): a save would split the names, so it is refused.
@Suite struct HardLinkTests {
    let store = FileAgendaStore()

    @Test func aHardLinkedAgendaIsRefusedAndBothNamesKeepTheFile() throws {
        let folder = TemporaryFolder()
        let text = String(decoding: JSONAgendaFormat().encode(Fixtures.agenda()), as: UTF8.self)
        let path = folder.write("a.json", text, mode: 0o640)
        let other = folder.file("other.json")
        #expect(link(path, other) == 0)
        var changed = false
        do {
            try store.update(path) { (agenda) throws(AgendaFileError) in
                changed = true
                _ = try? agenda.apply(.setGoal(id: "G-0001", .progress(1)), by: "T", at: Fixtures.time)
            }
            Issue.record("a hard-linked file was saved")
        } catch {
            #expect(error.description.hasPrefix("\(path): the file has 1 other name (a hard link), which a save would silently leave on the old version"))
            #expect(error.description.hasSuffix("; nothing was written"))
        }
        #expect(!changed, "the edit was not even made")
        var first = stat()
        var second = stat()
        stat(path, &first)
        stat(other, &second)
        #expect(first.st_ino == second.st_ino && first.st_nlink == 2, "the link is whole")
        #expect(String(decoding: FileManager.default.contents(atPath: path)!, as: UTF8.self) == text)
        #expect(folder.names() == ["a.json", "other.json"])
        // A restore is a save too.
        unlink(other)
        try store.update(path) { (agenda) throws(AgendaFileError) in agenda.description = "one" }
        #expect(link(path, other) == 0)
        #expect(throws: AgendaFileError.self) { _ = try store.restore(path, backup: 1) }
        #expect(try store.load(other).description == "one")
    }
}
