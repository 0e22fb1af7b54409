import AgendaModel
import AgendaStore
import Foundation
import Testing
import TestSupport

/// `agenda restore`: the backups listed newest first, one brought back, a restore undone.
@Suite struct CLIRestoreTests {
    let folder = TemporaryFolder()

    func fixtureFile() throws -> String {
        let path = folder.file("agenda.json")
        try FileAgendaStore().create(Fixtures.agenda(), at: path)
        return path
    }

    func progress(_ path: String) throws -> Int? {
        try FileAgendaStore().load(path).goal("G-0001")?.progress
    }

    @Test func withoutBackupsItSaysWhereTheyWillBe() throws {
        let path = try fixtureFile()
        let result = CommandRunner.agenda(["restore", path])
        #expect(result.status == 0)
        #expect(result.lines == [
            "\(path): no backups yet; each save keeps the version it replaces (the last 5) in \(folder.path)/.agenda-backups/agenda.json",
        ])
    }

    @Test func theBackupsAreListedNewestFirstAndOneIsBroughtBackAndTheRestoreUndone() throws {
        let path = try fixtureFile()
        for value in [10, 20, 30, 40, 50, 60, 70] {
            #expect(CommandRunner.agenda(["set", path, "G-0001", "--progress", String(value)]).status == 0)
        }
        let list = CommandRunner.agenda(["restore", path])
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.lines.count == 8, "\(list.stdout)")
        #expect(list.lines.first == "Backups of \(path), newest first, in \(folder.path)/.agenda-backups/agenda.json:")
        #expect(list.lines[1].split(separator: " ") == ["N", "saved", "size", "goals"])
        let backups = try FileAgendaStore().backups(of: path)
        for (index, line) in list.lines[2...6].enumerated() {
            let cells = line.split(separator: " ").map(String.init)
            #expect(cells.count == 5, "\(line)")
            #expect(cells[0] == String(index + 1))
            #expect(cells[1].count == 20 && cells[1].hasSuffix("Z"), "an ISO 8601 UTC time: \(line)")
            #expect(cells[2] + " " + cells[3] == sizeText(backups[index].size), "\(line)")
            #expect(cells[4] == "5", "the goal count: \(line)")
        }
        #expect(list.lines.last == "Bring one back with: agenda restore \(path) N")

        // Backups 1 to 5 hold progress 60, 50, 40, 30, 20.
        let restore = CommandRunner.agenda(["restore", path, "3"])
        #expect(restore.status == 0, "\(restore.stderr)")
        #expect(restore.stdout.hasPrefix("\(path): restored backup 3, saved "))
        #expect(restore.stdout.hasSuffix(" (5 goals); the version it replaced is now backup 1 (agenda restore \(path) 1 undoes this)\n"))
        #expect(try progress(path) == 40)
        #expect(CommandRunner.agenda(["restore", path, "1"]).status == 0)
        #expect(try progress(path) == 70, "the restore is undone")
        let again = CommandRunner.agenda(["restore", path, "2"])
        #expect(again.stdout.hasPrefix("\(path): already holds backup 2, saved "))
        #expect(again.stdout.hasSuffix("; nothing was written\n"))
    }

    @Test func aWrongNumberIsRefusedAndNothingIsWritten() throws {
        let path = try fixtureFile()
        #expect(CommandRunner.agenda(["set", path, "G-0001", "--progress", "1"]).status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let missing = CommandRunner.agenda(["restore", path, "4"])
        #expect(missing.status == 1)
        #expect(missing.stderr == "\(path): there is no backup 4: the backups are 1 (newest) to 1; nothing was written\n")
        let zero = CommandRunner.agenda(["restore", path, "0"])
        #expect(zero.status == 64)
        #expect(zero.stderr.contains("N is the number of a backup: 1 (the newest) or more"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        let folderGiven = CommandRunner.agenda(["restore", folder.path])
        #expect(folderGiven.status == 1)
        #expect(folderGiven.stderr == "\(folder.path): is a folder; give the agenda file whose backups you want\n")
    }

    @Test func aDeletedFileIsWrittenAgainFromABackup() throws {
        let path = try fixtureFile()
        #expect(CommandRunner.agenda(["set", path, "G-0001", "--progress", "1"]).status == 0)
        unlink(path)
        let result = CommandRunner.agenda(["restore", path, "1"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("\(path): written again from backup 1, saved "))
        #expect(try progress(path) == 40)
    }

    @Test func aSaveThatCannotKeepABackupSucceedsAndSaysSoOnStandardError() throws {
        let path = try fixtureFile()
        folder.write(".agenda-backups", "in the way", mode: 0o600)
        let result = CommandRunner.agenda(["set", path, "G-0001", "--progress", "77"])
        #expect(result.status == 0)
        #expect(result.stdout == "G-0001: progress: 40 → 77\n")
        #expect(result.stderr == "\(path): saved, but the version it replaced could not be kept as a backup: "
            + ".agenda-backups is not a folder (a symbolic link or a file is in its place)\n")
        #expect(try progress(path) == 77)
    }

    /// The size as the listing writes it: decimal units, one decimal.
    func sizeText(_ bytes: Int64) -> String {
        bytes < 1000 ? "\(bytes) B" : String(format: "%.1f kB", Double(bytes) / 1000)
    }
}
