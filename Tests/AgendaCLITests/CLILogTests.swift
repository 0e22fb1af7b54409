import AgendaModel
import AgendaStore
import Foundation
import Testing
import TestSupport

/// `agenda log`, and what the report's CSV options give, as a user runs them.
@Suite struct CLILogTests {
    let folder = TemporaryFolder()

    /// The fixture's session run live, with its decision, vote and action item, saved to a file.
    func runFile() throws -> String {
        let path = folder.file("agenda.json")
        try FileAgendaStore().create(SessionFixtures.runAgenda(), at: path)
        return path
    }

    @Test func logListsTheDecisionsOfALiveSessionAndFiltersByKind() throws {
        let path = try runFile()
        let table = CommandRunner.agenda(["log", path, "--lang", "en"], environment: ["TZ": "UTC", "COLUMNS": "160"])
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("decision: Abrir la escuela a jóvenes organizadoras · Asamblea de Morelia"), "\(table.stdout)")
        #expect(table.stdout.contains("vote: ¿Aprobar el presupuesto? 14 for, 3 against and 2 abstentions. Result: carried."))
        #expect(table.stdout.contains("action item: Enviar la carta al Congreso de Michoacán"))
        let decisions = CommandRunner.agenda(["log", path, "--kind", "decision", "--format", "csv"])
        let rows = decisions.lines
        #expect(rows.first == "time,kind,event,by,goal,session,title,field,from,to,text")
        #expect(rows.count == 2 && rows[1].hasPrefix("2026-01-15T12:09:00Z,decision,decision,Comité de Organización,G-0001,S-0001,"))
        let json = CommandRunner.agenda(["log", path, "--since", "2026-01-15", "--kind", "action", "--format", "json", "--lang", "es"])
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(entries.count == 1 && entries[0]["goal"] as? String == "G-ACT1" && entries[0]["session"] as? String == "S-0001")
        #expect(entries[0]["text"] as? String == "tarea acordada: Enviar la carta al Congreso de Michoacán")
        #expect(CommandRunner.agenda(["log", path, "--kind", "meeting"]).status == 64)
    }

    @Test func reportCSVKindsRawAndWithoutAByteOrderMark() throws {
        let path = try runFile()
        let sheet = CommandRunner.agenda(["report", path, "--format", "csv", "--what", "decisions", "--lang", "es"])
        #expect(sheet.status == 0, "\(sheet.stderr)")
        #expect(sheet.stdout.hasPrefix("\u{FEFF}Sesión,Fecha,Punto,Tipo,Texto,A favor,En contra,"), "\(sheet.stdout)")
        let raw = CommandRunner.agenda(["report", path, "--format", "csv", "--what", "actions", "--raw", "--no-bom"])
        #expect(raw.stdout.hasPrefix("session,date,item,goal,title,owners,due,status,progress\r\nS-0001,2026-01-15,I-2,G-ACT1,"))
        let listed = CommandRunner.agenda(["set", path, "G-0004", "--title", "=1+1"])
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(CommandRunner.agenda(["list", path, "--format", "csv"]).stdout.contains("\r\nG-0004,'=1+1,"))
        #expect(CommandRunner.agenda(["list", path, "--format", "csv", "--raw"]).stdout.contains("\r\nG-0004,=1+1,"))
    }
}
