import AgendaLocalization
import AgendaModel
import AgendaStore
@testable import AgendaTUI
import Foundation
import Testing
import TestSupport

/// The report the dashboard writes: beside the agenda, named for it and the day, never over another.
struct ReportEffectTests {
    @Test func reportsAreNamedForTheAgendaAndTheDayAndNeverOverwritten() throws {
        let folder = TemporaryFolder()
        let path = try folder.sampleCopy("red-migrante.json")
        let day = try #require(Day("2026-11-29"))
        let agenda = try FileAgendaStore().load(path)
        let first = try EffectRunner.writeReport(path: path, format: "md", language: .spanish, today: day, agenda: agenda).get()
        let second = try EffectRunner.writeReport(path: path, format: "md", language: .spanish, today: day, agenda: agenda).get()
        let html = try EffectRunner.writeReport(path: path, format: "html", language: .spanish, today: day, agenda: agenda).get()
        #expect(first == folder.file("reports/red-migrante-2026-11-29.md"))
        #expect(second == folder.file("reports/red-migrante-2026-11-29-2.md"))
        #expect(html == folder.file("reports/red-migrante-2026-11-29.html"))
        let text = try String(contentsOfFile: first, encoding: .utf8)
        #expect(text.hasPrefix("# Informe de avance: Hemispheric Agenda"))
        // Like the agenda, a report holds people's names: readable by its owner only.
        let mode = try #require(try FileManager.default.attributesOfItem(atPath: first)[.posixPermissions] as? Int)
        #expect(mode == 0o600)
    }
}
