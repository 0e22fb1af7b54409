import AgendaModel
import AgendaStore
import Foundation
import Testing
import TestSupport

/// `agenda show`, `list` and `summary` read the agenda's texts in the language asked for (`--lang`): the
/// translation when there is one, else the original marked with its language (`[en]`), a stale
/// translation marked as the screen marks it (`[revisar]`).
@Suite struct CLIReadingInLanguageTests {
    let folder = TemporaryFolder()

    /// The fixture agenda in English, with G-0001's title and the leadership area's name in Spanish, and
    /// G-0002's title translated before it changed (stale).
    func translatedAgenda() throws -> String {
        let path = folder.file("agenda.json")
        var agenda = Fixtures.agenda()
        agenda.language = "en"
        agenda.goals[0].description = "Leaders for every community."
        agenda.goals[0].translations["title", "es"] = Translation(text: "Formar liderazgos migrantes", from: "Train migrant leaders")
        agenda.goals[1].translations["title", "es"] = Translation(text: "Dirigir una escuela", from: "Run a school")
        agenda.areas[0].translations["name", "es"] = Translation(text: "Liderazgo", from: "Leadership")
        try FileAgendaStore().create(agenda, at: path)
        return path
    }

    @Test func showReadsTheGoalsTextsInTheLanguageWithTheScreensMarks() throws {
        let path = try translatedAgenda()
        let show = CommandRunner.agenda(["show", path, "G-0002", "--lang", "es"])
        #expect(show.status == 0, "\(show.stderr)")
        #expect(show.line(0) == "G-0002  Dirigir una escuela [revisar]" && show.line(1) == "  [en] Run a leadership school", "\(show.stdout)")
        #expect(show.stdout.contains("Área:         Liderazgo (leadership)\n"), "\(show.stdout)")
        #expect(show.stdout.contains("Parte de:     G-0001  Formar liderazgos migrantes\n"), "\(show.stdout)")
        #expect(show.stdout.contains("  G-0003  Pilot cohort [en]  [lograda, 100%]"), "\(show.stdout)")
        let parent = CommandRunner.agenda(["show", path, "G-0001", "--lang", "es"])
        #expect(parent.line(0) == "G-0001  Formar liderazgos migrantes" && parent.line(1) == "  [en] Train migrant leaders",
                "\(parent.stdout)")
        #expect(parent.stdout.contains("Descripción:\n  Leaders for every community. [en]\n\n"), "\(parent.stdout)")
        let english = CommandRunner.agenda(["show", path, "G-0002", "--lang", "en"])
        #expect(english.line(0) == "G-0002  Run a leadership school" && english.line(1).isEmpty, "\(english.stdout)")
        #expect(!english.stdout.contains("[en]") && !english.stdout.contains("[check]"), "\(english.stdout)")
        let french = CommandRunner.agenda(["show", path, "G-0001", "--lang", "fr"])
        #expect(french.line(0) == "G-0001  Train migrant leaders [en]" && french.line(1).isEmpty, "\(french.stdout)")
    }

    @Test func listReadsTitlesAndAreaNamesInTheLanguage() throws {
        let path = try translatedAgenda()
        let list = CommandRunner.agenda(["list", path, "--lang", "es"], environment: ["COLUMNS": "200"])
        #expect(list.status == 0, "\(list.stderr)")
        let rows = list.lines.dropFirst()
        #expect(rows.first?.hasPrefix("G-0001  Formar liderazgos migrantes ") == true, "\(list.stdout)")
        #expect(rows.first?.contains(" Liderazgo ") == true, "\(list.stdout)")
        #expect(list.stdout.contains("G-0002    Dirigir una escuela [revisar] "), "\(list.stdout)")
        #expect(list.stdout.contains("G-0005  Vote from abroad in Michoacán [en] ") && list.stdout.contains(" Voting rights abroad [en] "),
                "\(list.stdout)")
        let english = CommandRunner.agenda(["list", path, "--lang", "en"], environment: ["COLUMNS": "200"])
        #expect(english.stdout.contains("G-0001  Train migrant leaders ") && !english.stdout.contains("[en]"), "\(english.stdout)")
        let csv = CommandRunner.agenda(["list", path, "--lang", "es", "--format", "csv"])
        #expect(csv.stdout.contains("Train migrant leaders") && !csv.stdout.contains("Formar liderazgos"), "\(csv.stdout)")
    }

    @Test func summaryNamesAreasAndOverdueGoalsInTheLanguage() throws {
        let path = try translatedAgenda()
        let environment = ["COLUMNS": "120", "AGENDA_NOW": "2026-03-01T12:00:00Z"]
        let summary = CommandRunner.agenda(["summary", path, "--lang", "es"], environment: environment)
        #expect(summary.status == 0, "\(summary.stderr)")
        #expect(summary.lines.contains { $0.hasPrefix("Liderazgo ") } && summary.lines.contains { $0.hasPrefix("Voting rights abroad [en] ") },
                "\(summary.stdout)")
        #expect(summary.stdout.contains("G-0004  Fund the school [en] "), "\(summary.stdout)")
        let english = CommandRunner.agenda(["summary", path, "--lang", "en"], environment: environment)
        #expect(english.lines.contains { $0.hasPrefix("Leadership ") } && !english.stdout.contains("[en]"), "\(english.stdout)")
    }
}
