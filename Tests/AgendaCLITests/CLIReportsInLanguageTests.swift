import AgendaModel
import AgendaStore
import Foundation
import Testing
import TestSupport

/// `agenda report` (Markdown, HTML, CSV) and `agenda minutes` read the agenda's texts in `--lang`: goal
/// titles, area names, session titles, topics, decisions and action items translated where the file
/// holds a translation, else the original marked `[en]` (in HTML inside `<span lang="en">`); CSV with
/// `--raw` keeps the file's texts.
@Suite struct CLIReportsInLanguageTests {
    let folder = TemporaryFolder()

    /// The run session's agenda in English, with some of its texts in Spanish: G-0001's title, the
    /// leadership area's name, the session's title and its decision.
    func translatedAgenda() throws -> String {
        let path = folder.file("agenda.json")
        var agenda = SessionFixtures.runAgenda()
        agenda.language = "en"
        func translate(_ ref: TextRef, _ text: String) throws {
            try agenda.apply(.setTranslation(ref, language: "es", Translation(text: text, from: agenda.original(ref) ?? "")),
                             by: "Traductora", at: Fixtures.time)
        }
        try translate(.goal("G-0001", field: "title"), "Formar liderazgos migrantes")
        try translate(.area("leadership", field: "name"), "Liderazgo")
        try translate(.session("S-0001"), "Asamblea en Morelia")
        try translate(.decision(session: "S-0001", item: "I-1", index: 0), "Abrir la escuela a las jóvenes")
        try FileAgendaStore().create(agenda, at: path)
        return path
    }

    @Test func minutesReadTheSessionsTextsInTheLanguage() throws {
        let path = try translatedAgenda()
        let markdown = CommandRunner.agenda(["minutes", path, "S-0001", "--lang", "es"])
        #expect(markdown.status == 0, "\(markdown.stderr)")
        #expect(markdown.stdout.hasPrefix("# Acta: Asamblea en Morelia\n"), "\(markdown.stdout)")
        #expect(markdown.stdout.contains("### 1. Formar liderazgos migrantes (G-0001)\n"), "\(markdown.stdout)")
        #expect(markdown.stdout.contains("### 2. Vote from abroad in Michoacán \\[en\\] (G-0005)\n"), "\(markdown.stdout)")
        #expect(markdown.stdout.contains("### 3. Informe de tesorería \\[en\\]\n"), "\(markdown.stdout)")
        #expect(markdown.stdout.contains("- Abrir la escuela a las jóvenes\n"), "\(markdown.stdout)")
        #expect(markdown.stdout.contains("- G-ACT1 Enviar la carta al Congreso de Michoacán \\[en\\] (responsable:"), "\(markdown.stdout)")
        let html = CommandRunner.agenda(["minutes", path, "S-0001", "--lang", "es", "--format", "html"])
        #expect(html.stdout.contains("<h3>3. <span lang=\"en\">Informe de tesorería</span><span class=\"mark\" aria-hidden=\"true\"> [en]</span></h3>"),
                "\(html.stdout)")
        #expect(html.stdout.contains("<title>Acta: Asamblea en Morelia</title>"), "\(html.stdout)")
        let english = CommandRunner.agenda(["minutes", path, "S-0001", "--lang", "en"])
        #expect(english.stdout.hasPrefix("# Minutes: Asamblea de Morelia\n") && !english.stdout.contains("\\[en\\]"), "\(english.stdout)")
    }

    @Test func reportsReadGoalsAreasAndMeetingsInTheLanguage() throws {
        let path = try translatedAgenda()
        let markdown = CommandRunner.agenda(["report", path, "--lang", "es"])
        #expect(markdown.status == 0, "\(markdown.stderr)")
        #expect(markdown.stdout.contains("\n## Liderazgo\n") && markdown.stdout.contains("\n## Voting rights abroad \\[en\\]\n"),
                "\(markdown.stdout)")
        #expect(markdown.stdout.contains("| G-0001 | Formar liderazgos migrantes |"), "\(markdown.stdout)")
        #expect(markdown.stdout.contains(" · Asamblea en Morelia\n"), "\(markdown.stdout)")
        #expect(markdown.stdout.contains("- Abrir la escuela a las jóvenes — Formar liderazgos migrantes (G-0001)"), "\(markdown.stdout)")
        let html = CommandRunner.agenda(["report", path, "--lang", "es", "--format", "html"])
        #expect(html.stdout.contains("<h2><span lang=\"en\">Voting rights abroad</span><span class=\"mark\" aria-hidden=\"true\"> [en]</span></h2>"),
                "\(html.stdout)")
        #expect(!html.stdout.contains("\u{FFF9}") && !html.stdout.contains("\u{FFFB}"))
        let csv = CommandRunner.agenda(["report", path, "--lang", "es", "--format", "csv"])
        #expect(csv.stdout.contains("Formar liderazgos migrantes") && csv.stdout.contains("Vote from abroad in Michoacán [en]"),
                "\(csv.stdout)")
        #expect(csv.stdout.contains(",Liderazgo,") && !csv.stdout.contains("\u{FFF9}"), "\(csv.stdout)")
        let decisions = CommandRunner.agenda(["report", path, "--lang", "es", "--format", "csv", "--what", "decisions"])
        #expect(decisions.stdout.contains("Abrir la escuela a las jóvenes") && decisions.stdout.contains("1. Formar liderazgos migrantes (G-0001)"),
                "\(decisions.stdout)")
        let raw = CommandRunner.agenda(["report", path, "--lang", "es", "--format", "csv", "--raw"])
        #expect(raw.stdout.contains("Train migrant leaders") && !raw.stdout.contains("Formar liderazgos") && !raw.stdout.contains("[en]"),
                "\(raw.stdout)")
        let rawDecisions = CommandRunner.agenda(["report", path, "--format", "csv", "--what", "decisions", "--raw", "--lang", "es"])
        #expect(rawDecisions.stdout.contains("Abrir la escuela a jóvenes organizadoras"), "\(rawDecisions.stdout)")
    }
}
