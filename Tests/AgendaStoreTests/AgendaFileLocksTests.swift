import AgendaModel
import AgendaStore
import Foundation
import Testing
import TestSupport

/// The locks sync holds while git rewrites agenda files: an edit meanwhile waits, then lands on
/// the file git wrote.
@Suite struct AgendaFileLocksTests {
    let store = FileAgendaStore()
    let format = JSONAgendaFormat()

    @Test func anEditWaitsForTheLocksThenLandsOnTheFileWrittenMeanwhile() throws {
        let folder = TemporaryFolder()
        let path = folder.write("a.json", String(decoding: format.encode(Fixtures.agenda()), as: UTF8.self))
        let link = folder.file("link.json")
        #expect(symlink(path, link) == 0)
        let edited = DispatchSemaphore(value: 0)
        let store = store
        try withExtendedLifetime(try AgendaFileLocks([path, link, folder.file("missing.json")])) { locks in
            // Two paths to one file make one lock (a second would wait on the first); a missing file none.
            #expect(locks.count == 1)
            Thread.detachNewThread {
                try? store.update(path) { (agenda) throws(AgendaFileError) in
                    _ = try? agenda.apply(.setGoal(id: "G-0001", .progress(55)), by: "Editor", at: Fixtures.time)
                }
                edited.signal()
            }
            #expect(edited.wait(timeout: .now() + 0.5) == .timedOut, "the edit did not wait for the lock")
            // Another program replaces the file the way git does: remove it, write a new one.
            var theirs = Fixtures.agenda()
            _ = try theirs.apply(.setGoal(id: "G-0002", .progress(61)), by: "Git", at: Fixtures.time)
            #expect(unlink(path) == 0)
            #expect(FileManager.default.createFile(atPath: path, contents: Data(format.encode(theirs))))
        }
        #expect(edited.wait(timeout: .now() + 10) == .success)
        let agenda = try store.load(path)
        #expect(agenda.goal("G-0001")?.progress == 55)
        #expect(agenda.goal("G-0002")?.progress == 61)
    }
}
