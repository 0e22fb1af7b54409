import AgendaModel
@testable import AgendaStore
import Foundation
import Testing
import TestSupport

/// The temp files that saves killed mid-write leave beside an agenda are removed by its next save, and
/// nothing else is.
@Suite struct StaleTempFileTests {
    @Test func theNextSaveRemovesLeftTempFilesAndNothingElse() throws {
        let folder = TemporaryFolder()
        let store = FileAgendaStore()
        let path = folder.file("agenda.json")
        try store.create(Fixtures.agenda(), at: path)
        // Two left by killed saves; then names that only look alike, another agenda's temp, a folder.
        folder.write(".agenda.json.tmp-abc123", "{\"half\": ", mode: 0o600)
        folder.write(".agenda.json.tmp-zz9zz9", "", mode: 0o644)
        folder.write(".agenda.json.tmp-toolong1", "keep")
        folder.write(".agenda.json.tmp-short", "keep")
        folder.write(".other.json.tmp-abc123", "keep")
        folder.write("agenda.json.tmp-abc123", "keep")
        try FileManager.default.createDirectory(atPath: folder.file(".agenda.json.tmp-dir123"), withIntermediateDirectories: false)
        _ = try store.modify(path, knowing: nil) { (agenda) throws(AgendaFileError) in
            _ = try? agenda.apply(.setGoal(id: "G-0001", .progress(70)), by: "T", at: Fixtures.time)
        }
        #expect(folder.names() == [
            ".agenda-backups", ".agenda.json.tmp-dir123", ".agenda.json.tmp-short", ".agenda.json.tmp-toolong1", ".other.json.tmp-abc123",
            "agenda.json", "agenda.json.tmp-abc123",
        ])
        #expect(try store.load(path).goal("G-0001")?.progress == 70)
    }

    @Test func aSymlinkedAgendaIsCleanedBesideItsTarget() throws {
        let folder = TemporaryFolder()
        let store = FileAgendaStore()
        try FileManager.default.createDirectory(atPath: folder.file("real"), withIntermediateDirectories: false)
        let target = folder.file("real/agenda.json")
        try store.create(Fixtures.agenda(), at: target)
        let link = folder.file("link.json")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        folder.write("real/.agenda.json.tmp-abc123", "{")
        _ = try store.modify(link, knowing: nil) { (agenda) throws(AgendaFileError) in
            _ = try? agenda.apply(.setGoal(id: "G-0001", .progress(71)), by: "T", at: Fixtures.time)
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.file("real")).sorted()
        #expect(names == [".agenda-backups", "agenda.json"])
    }
}
