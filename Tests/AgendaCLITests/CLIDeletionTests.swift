import AgendaModel
import AgendaStore
import Foundation
import Testing
import TestSupport

/// `agenda delete` leaves a trace: in the file, in `agenda log` and in the report's changes.
@Suite struct CLIDeletionTests {
    let folder = TemporaryFolder()

    @Test func aDeletionIsRecordedInTheFileTheLogAndTheReport() throws {
        let path = folder.file("agenda.json")
        try FileAgendaStore().create(Fixtures.agenda(), at: path)
        let deleted = CommandRunner.agenda(["delete", path, "G-0002", "--with-subgoals", "--by", "Rosa"])
        #expect(deleted.status == 0, "\(deleted.stderr)")
        let agenda = try FileAgendaStore().load(path)
        let record = try #require(agenda.deletions.first)
        #expect(record.by == "Rosa" && record.goal == "G-0002" && record.title == "Run a leadership school")
        #expect(record.area == "leadership" && record.goals.map(\.id) == ["G-0002", "G-0003"])
        let log = CommandRunner.agenda(["log", path, "--lang", "en"], environment: ["TZ": "UTC", "COLUMNS": "160"])
        #expect(log.status == 0, "\(log.stderr)")
        #expect(log.stdout.contains("Deleted G-0002 “Run a leadership school”"), "\(log.stdout)")
        let csv = CommandRunner.agenda(["log", path, "--format", "csv"])
        #expect(csv.lines.contains { $0.contains(",change,deleted,Rosa,G-0002,,Run a leadership school,deleted,") }, "\(csv.stdout)")
        let report = CommandRunner.agenda(["report", path, "--since", "2026-01-01", "--lang", "es"])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.contains("Eliminada G-0002 «Run a leadership school»"), "\(report.stdout)")
    }
}
