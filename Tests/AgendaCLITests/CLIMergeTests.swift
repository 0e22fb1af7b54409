import AgendaModel
import AgendaStore
import Foundation
import Testing
import TestSupport

/// `agenda merge` as git runs it, and `agenda validate` on a merged file.
@Suite struct CLIMergeTests {
    let folder = TemporaryFolder()

    /// Three copies of the fixture agenda: base, ours and theirs.
    func copies() throws -> (base: String, ours: String, theirs: String) {
        let paths = (folder.file("base.json"), folder.file("ours.json"), folder.file("theirs.json"))
        for path in [paths.0, paths.1, paths.2] { try FileAgendaStore().create(Fixtures.agenda(), at: path) }
        return paths
    }

    @Test func aCleanMergeWritesIntoOursAndExitsZero() throws {
        let (base, ours, theirs) = try copies()
        #expect(CommandRunner.agenda(["set", ours, "G-0001", "--status", "blocked", "--by", "Ana"]).status == 0)
        #expect(CommandRunner.agenda(["set", theirs, "G-0001", "--progress", "75", "--by", "Luis"]).status == 0)
        #expect(CommandRunner.agenda(["note", theirs, "G-0005", "Reunión en Morelia", "--by", "Luis"]).status == 0)
        let result = CommandRunner.agenda(["merge", base, ours, theirs])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("merged, no conflicts"))
        let merged = try FileAgendaStore().load(ours)
        #expect(merged.goal("G-0001")?.status == .blocked && merged.goal("G-0001")?.progress == 75)
        #expect(merged.goal("G-0005")?.notes.map(\.text) == ["Reunión en Morelia"])
        #expect(CommandRunner.agenda(["validate", ours]).status == 0)
        // A merge by hand keeps the version of OURS it replaced; git's driver (--no-backup) does not,
        // as git keeps every version and its temporary files would leave backup folders behind.
        #expect(folder.names().contains(".agenda-backups"))
        let (base2, ours2, theirs2) = (folder.file("b2.json"), folder.file("o2.json"), folder.file("t2.json"))
        for path in [base2, ours2, theirs2] { try FileAgendaStore().create(Fixtures.agenda(), at: path) }
        #expect(CommandRunner.agenda(["set", theirs2, "G-0001", "--progress", "75", "--by", "Luis"]).status == 0)
        let before = (try? FileManager.default.contentsOfDirectory(atPath: folder.file(".agenda-backups"))) ?? []
        #expect(CommandRunner.agenda(["merge", "--no-backup", base2, ours2, theirs2]).status == 0)
        #expect(try FileAgendaStore().load(ours2).goal("G-0001")?.progress == 75)
        let after = (try? FileManager.default.contentsOfDirectory(atPath: folder.file(".agenda-backups"))) ?? []
        #expect(Set(after) == Set(before).union(["t2.json"]))
    }

    @Test func aConflictIsRecordedListedByValidateAndExitsOne() throws {
        let (base, ours, theirs) = try copies()
        #expect(CommandRunner.agenda(["set", ours, "G-0004", "--status", "active", "--by", "Ana"]).status == 0)
        #expect(CommandRunner.agenda(["set", theirs, "G-0004", "--status", "dropped", "--by", "Luis"]).status == 0)
        let result = CommandRunner.agenda(["merge", base, ours, theirs])
        #expect(result.status == 1)
        #expect(result.stdout.contains("conflict: goal G-0004 status: changed differently in both copies"))
        #expect(result.stdout.contains("'active' (Ana") && result.stdout.contains("'dropped' (Luis"))
        let merged = try FileAgendaStore().load(ours)
        #expect(merged.conflicts.count == 1)
        let validate = CommandRunner.agenda(["validate", ours])
        #expect(validate.status == 1)
        // The conflict's line and column in the file, as every problem has.
        #expect(validate.stdout.range(of: #"ours\.json:\d+:\d+: conflict: goal G-0004 status"#, options: .regularExpression) != nil,
                "\(validate.stdout)")
        #expect(validate.stdout.contains("1 open conflict"))
    }

    @Test func anEmptyBaseMergesTwoWayAndOutputLeavesOursAlone() throws {
        let (base, ours, theirs) = try copies()
        #expect(FileManager.default.createFile(atPath: base, contents: Data()))
        #expect(CommandRunner.agenda(["set", theirs, "G-0005", "--progress", "30", "--by", "Luis"]).status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: ours))
        let out = folder.file("out.json")
        let result = CommandRunner.agenda(["merge", base, ours, theirs, "--output", out])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(try FileAgendaStore().load(out).goal("G-0005")?.progress == 30)
        #expect(try Data(contentsOf: URL(fileURLWithPath: ours)) == before)
        let twoWay = CommandRunner.agenda(["merge", "--two-way", ours, theirs])
        #expect(twoWay.status == 0)
        #expect(try FileAgendaStore().load(ours).goal("G-0005")?.progress == 30)
    }

    @Test func aBrokenCopyIsRefusedWithItsPlaceAndOursIsUntouched() throws {
        let (base, ours, theirs) = try copies()
        try Data("{\"title\": \"x\",\n <<<<<<< HEAD\n".utf8).write(to: URL(fileURLWithPath: theirs))
        let before = try Data(contentsOf: URL(fileURLWithPath: ours))
        let result = CommandRunner.agenda(["merge", base, ours, theirs])
        #expect(result.status != 0)
        #expect(result.stderr.contains("theirs.json:2:"), "\(result.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: ours)) == before)
        #expect(CommandRunner.agenda(["merge", base, ours]).status == 64)
    }
}
