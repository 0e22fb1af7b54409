import AgendaModel
import AgendaStore
import Foundation
import Testing
import TestSupport

/// Sessions and minutes from the command line.
@Suite struct CLISessionTests {
    let folder = TemporaryFolder()

    func fixtureFile(_ agenda: Agenda = Fixtures.agenda()) throws -> String {
        let path = folder.file("agenda.json")
        try FileAgendaStore().create(agenda, at: path)
        return path
    }

    @Test func newPlansASessionWithItemsInTheOrderGivenAndPrintsItsId() throws {
        let path = try fixtureFile()
        let result = CommandRunner.agenda([
            "session", "new", path, "--title", "Asamblea de Morelia", "--date", "2026-03-01",
            "--item", "g-0005:15", "--topic", "Informe de tesorería: cuentas:10", "--item", "G-0001:20",
            "--place", "Morelia", "--language", "es",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let id = try #require(result.lines.first)
        #expect(id.hasPrefix("S-") && result.lines.count == 1)
        let session = try #require(try FileAgendaStore().load(path).session(id))
        #expect(session.items.map(\.goal) == ["G-0005", nil, "G-0001"])
        #expect(session.items[1].topic == "Informe de tesorería: cuentas")
        #expect(session.items.map(\.minutes) == [15, 10, 20])
        #expect(session.place == "Morelia" && session.languages == ["es"] && session.state == .planned)
        let list = CommandRunner.agenda(["session", "list", path])
        #expect(list.lines.count == 2)
        #expect(list.lines[1].contains(id) && list.lines[1].contains("Mar 1, 2026") && list.lines[1].contains("45:00"))
    }

    @Test func newRefusesBadItems() throws {
        let path = try fixtureFile()
        let noMinutes = CommandRunner.agenda(["session", "new", path, "--title", "T", "--date", "2026-03-01", "--item", "G-0005"])
        #expect(noMinutes.status == 64)
        #expect(noMinutes.stderr.contains("'G-0005' is not GOAL-ID:MINUTES"))
        let unknown = CommandRunner.agenda(["session", "new", path, "--title", "T", "--date", "2026-03-01", "--item", "G-NONE:5"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("no goal with id 'G-NONE'"))
        #expect(try FileAgendaStore().load(path).sessions.isEmpty)
    }

    @Test func minutesAreWrittenAsMarkdownOrHTMLInTheLanguageAsked() throws {
        let path = try fixtureFile(SessionFixtures.runAgenda())
        let markdown = CommandRunner.agenda(["minutes", path, "S-0001"], environment: ["AGENDA_NOW": "2026-01-15T12:16:00Z"])
        #expect(markdown.status == 0, "\(markdown.stderr)")
        #expect(markdown.stdout.hasPrefix("# Minutes: Asamblea de Morelia"))
        let output = folder.file("actas.html")
        let html = CommandRunner.agenda(["minutes", path, "S-0001", "--format", "html", "--output", output, "--lang", "es"])
        #expect(html.status == 0 && html.stdout.isEmpty)
        let written = try String(contentsOfFile: output, encoding: .utf8)
        #expect(written.contains("<html lang=\"es\""))
        #expect(written.contains("Asamblea de Morelia"))
        var info = stat()
        stat(output, &info)
        #expect(info.st_mode & 0o777 == 0o600)
        #expect(CommandRunner.agenda(["minutes", path, "S-NONE"]).stderr.contains("no session with id 'S-NONE'"))
    }
}
