import AgendaModel
import AgendaStore
import Foundation
import Testing
import TestSupport

/// Organizations, areas, validation and the summary.
@Suite struct CLIMiscTests {
    let folder = TemporaryFolder()

    func fixtureFile() throws -> String {
        let path = folder.file("agenda.json")
        try FileAgendaStore().create(Fixtures.agenda(), at: path)
        return path
    }

    @Test func communitiesTypedInAnyLanguageAreStoredByTheirKeyAndFoundByAnyWord() throws {
        let path = try fixtureFile()
        let added = CommandRunner.agenda([
            "org", "add", path, "--id", "red-indigena", "--name", "Red Indígena", "--country", "mx",
            "--community", "pueblos indígenas", "--community", "Mujeres", "--community", "Purhépecha",
        ])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(try FileAgendaStore().load(path).organization("red-indigena")?.communities == ["indigenous", "women", "Purhépecha"])
        let set = CommandRunner.agenda(["org", "set", path, "red-indigena", "--remove-community", "mujeres",
                                        "--add-community", "indígenas", "--add-community", "jóvenes"])
        #expect(set.status == 0, "\(set.stderr)")
        #expect(try FileAgendaStore().load(path).organization("red-indigena")?.communities == ["indigenous", "Purhépecha", "youth"])
        let listed = CommandRunner.agenda(["org", "list", path, "--community", "indígenas"])
        #expect(listed.stdout.contains("Red Indígena") && listed.stdout.contains("diocesis") && !listed.stdout.contains("alianza"),
                "\(listed.stdout)")
    }

    @Test func organizationsAreListedAddedChangedAndRemoved() throws {
        let path = try fixtureFile()
        let added = CommandRunner.agenda([
            "org", "add", path, "--id", "fed-zacatecana", "--name", "Federación Zacatecana", "--country", "us",
            "--city", "Los Ángeles", "--kind", "federation", "--community", "mexican", "--email", "info@example.org",
        ])
        #expect(added.status == 0, "\(added.stderr)")
        let org = try #require(try FileAgendaStore().load(path).organization("fed-zacatecana"))
        #expect(org.country == "US" && org.city == "Los Ángeles" && org.kind == .federation)
        #expect(org.contact?.email == "info@example.org")
        #expect(CommandRunner.agenda(["org", "set", path, "fed-zacatecana", "--add-community", "youth", "--city", ""]).status == 0)
        #expect(try FileAgendaStore().load(path).organization("fed-zacatecana")?.communities == ["mexican", "youth"])
        #expect(try FileAgendaStore().load(path).organization("fed-zacatecana")?.city == nil)
        let list = CommandRunner.agenda(["org", "list", path])
        #expect(list.lines.count == 5)
        #expect(list.stdout.contains("Federación Zacatecana"))
        let linked = CommandRunner.agenda(["org", "remove", path, "alianza"])
        #expect(linked.status == 1)
        #expect(linked.stderr.contains("'alianza' is used by 1 goal: G-0001; add --unlink"))
        #expect(CommandRunner.agenda(["org", "remove", path, "alianza", "--unlink"]).status == 0)
        let agenda = try FileAgendaStore().load(path)
        #expect(agenda.organization("alianza") == nil && agenda.goal("G-0001")?.organizations == [])
        #expect(CommandRunner.agenda(["org", "add", path, "--id", "Bad Id", "--name", "X", "--country", "MX"]).status == 64)
    }

    @Test func areasAreListedAddedAndRemoved() throws {
        let path = try fixtureFile()
        #expect(CommandRunner.agenda(["area", "add", path, "--id", "infrastructure", "--name", "Infraestructura"]).status == 0)
        let list = CommandRunner.agenda(["area", "list", path])
        #expect(list.lines.count == 4)
        #expect(list.lines[1].hasPrefix("leadership"))
        #expect(list.lines[1].hasSuffix("4       55%"))
        #expect(CommandRunner.agenda(["area", "remove", path, "leadership"]).status == 1)
        #expect(CommandRunner.agenda(["area", "remove", path, "infrastructure"]).status == 0)
    }

    @Test func validatePrintsFileLineColumnPerProblem() throws {
        let good = try fixtureFile()
        let bad = folder.write("bad.json", """
            {
              "title": "Bad",
              "areas": [{"id": "a", "name": "A"}],
              "goals": [
                {"id": "G-1", "title": "One", "area": "b", "progress": 120},
                {"id": "G-2", "title": "Two", "area": "a", "parent": "G-2"}
              ]
            }
            """)
        let broken = folder.write("broken.json", "{\n  \"title\": \"x\"\n  \"goals\": []\n}\n")
        let result = CommandRunner.agenda(["validate", good, bad, broken])
        #expect(result.status == 1)
        #expect(result.lines == [
            "\(good): ok, 5 goals",
            "\(bad):5:43: goal G-1: area 'b' does not exist",
            "\(bad):5:60: goal G-1: progress 120 is out of range 0-100",
            "\(bad):6:58: goal G-2: parent is the goal itself",
            "\(broken):3:3: expected ',' or '}' after a member, found '\"'",
        ])
        #expect(CommandRunner.agenda(["validate", good]).status == 0)
    }

    @Test func everyCommandRefusesABrokenFileAndLeavesItAlone() throws {
        let broken = folder.write("broken.json", "{\"title\": \"x\",}")
        for arguments in [["list", broken], ["show", broken, "G-1"], ["set", broken, "G-1", "--progress", "1"],
                          ["add", broken, "--title", "T", "--area", "a"], ["note", broken, "G-1", "n"],
                          ["delete", broken, "G-1"], ["org", "list", broken], ["summary", broken]] {
            let result = CommandRunner.agenda(arguments)
            #expect(result.status == 1, "\(arguments)")
            #expect(result.stderr == "\(broken):1:15: expected a member name in double quotes, found '}'\n", "\(arguments)")
        }
        #expect(String(decoding: FileManager.default.contents(atPath: broken)!, as: UTF8.self) == "{\"title\": \"x\",}")
    }

    @Test func summaryDescribesTheSampleAgenda() throws {
        let result = CommandRunner.agenda(["summary"], currentDirectory: Paths.packageRoot)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.lines.first == "Hemispheric Agenda of Latin American Migrant Organizations")
        #expect(result.stdout.contains("Leadership and organizational strength"))
        let home = CommandRunner.agenda(["summary"], environment: ["AGENDA_HOME": folder.path])
        #expect(home.status == 1)
        #expect(home.stderr.contains("no agenda files"))
        let path = try fixtureFile()
        let byPath = CommandRunner.agenda(["summary", path], environment: ["AGENDA_NOW": "2026-11-29T00:00:00Z"])
        #expect(byPath.lines.first == "Test agenda")
        #expect(byPath.stdout.contains("5 goals: 1 proposed, 2 active, 1 blocked, 1 achieved, 0 dropped; 2 overdue"))
        // Each count agrees with its number, as people write it.
        let now = ["AGENDA_NOW": "2026-11-29T00:00:00Z"]
        let spanish = CommandRunner.agenda(["summary", path, "--lang", "es"], environment: now)
        #expect(spanish.stdout.contains("5 metas: 1 propuesta, 2 activas, 1 bloqueada, 1 lograda, 0 descartadas; 2 vencidas"),
                "\(spanish.stdout)")
        let portuguese = CommandRunner.agenda(["summary", path, "--lang", "pt"], environment: now)
        #expect(portuguese.stdout.contains("5 metas: 1 proposta, 2 ativas, 1 bloqueada, 1 alcançada, 0 descartadas"),
                "\(portuguese.stdout)")
        let french = CommandRunner.agenda(["summary", path, "--lang", "fr"], environment: now)
        #expect(french.stdout.contains("5 objectifs\u{A0}: 1 proposé, 2 actifs, 1 bloqué, 1 atteint, 0 abandonné"),
                "\(french.stdout)")
    }
}
