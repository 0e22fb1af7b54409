import AgendaModel
import AgendaStore
import Foundation
import Testing
import TestSupport

/// Mistakes people make on the command line, answered with what they meant.
@Suite struct CLITrapTests {
    let folder = TemporaryFolder()

    func fixtureFile() throws -> String {
        let path = folder.file("agenda.json")
        try FileAgendaStore().create(Fixtures.agenda(), at: path)
        return path
    }

    /// 15: a mistyped option is named first, whatever else is wrong.
    @Test func anUnknownOptionIsReportedFirst() throws {
        let path = try fixtureFile()
        let alone = CommandRunner.agenda(["set", path, "G-0001", "--progres", "50"])
        #expect(alone.status == 64)
        #expect(alone.stderr.hasPrefix("Error: Unknown option '--progres'. Did you mean '--progress'?\n"), "\(alone.stderr)")
        #expect(!alone.stderr.contains("give at least one field"))
        let badValue = CommandRunner.agenda(["list", path, "--stauts", "active", "--health", "fine"], environment: ["LANG": "es_MX.UTF-8"])
        #expect(badValue.stderr.hasPrefix("Error: Opción desconocida: «--stauts». ¿Quiso decir «--status»?\n"), "\(badValue.stderr)")
        let missing = CommandRunner.agenda(["add", path, "--titel", "X"])
        #expect(missing.stderr.hasPrefix("Error: Unknown option '--titel'. Did you mean '--title'?"), "\(missing.stderr)")
        let nested = CommandRunner.agenda(["org", "set", path, "alianza", "--nmae", "X"])
        #expect(nested.stderr.hasPrefix("Error: Unknown option '--nmae'. Did you mean '--name'?"), "\(nested.stderr)")
    }

    /// 16: a filter on an area, organization or owner the agenda does not know is an error, not an empty table.
    @Test func anUnknownAreaOrganizationOrOwnerIsRefusedWithTheClosest() throws {
        let path = try fixtureFile()
        let area = CommandRunner.agenda(["list", path, "--area", "votes"])
        #expect(area.status == 1 && area.stdout.isEmpty)
        #expect(area.stderr == "\(path): no area with id 'votes'; did you mean 'vote-abroad'?\n", "\(area.stderr)")
        let org = CommandRunner.agenda(["list", path, "--org", "nope", "--lang", "es"])
        #expect(org.status == 1 && org.stderr == "\(path): no hay ninguna organización con el identificador «nope»\n", "\(org.stderr)")
        let close = CommandRunner.agenda(["list", path, "--org", "diocesi", "--count"], environment: ["LANG": "pt_BR.UTF-8"])
        #expect(close.status == 1 && close.stderr.contains("você quis dizer “diocesis”?"), "\(close.stderr)")
        let owner = CommandRunner.agenda(["list", path, "--owner", "Comitee"])
        #expect(owner.status == 1)
        #expect(owner.stderr.contains("no goal has an owner, and no person a name, that contains 'Comitee'; did you mean "),
                "\(owner.stderr)")
        #expect(owner.stderr.contains("'Comité de Organización'"), "\(owner.stderr)")
        // A known owner with no goal in the other filters still lists nothing, and succeeds.
        #expect(CommandRunner.agenda(["list", path, "--owner", "jesús", "--count"]).stdout == "0\n")
    }

    /// 17: a first word close to a subcommand, and no file or folder, is a mistyped subcommand.
    @Test func aMistypedSubcommandIsNamed() throws {
        let path = try fixtureFile()
        for arguments in [["lst", path], ["lst"]] {
            let result = CommandRunner.agenda(arguments, currentDirectory: folder.path)
            #expect(result.status == 64, "\(arguments)")
            #expect(result.stderr.hasPrefix("Error: unknown command 'lst'; did you mean 'list'?\n"), "\(arguments): \(result.stderr)")
        }
        let spanish = CommandRunner.agenda(["--lang", "es", "sumary", path])
        #expect(spanish.stderr.hasPrefix("Error: comando desconocido: «sumary»; ¿quiso decir «summary»?"), "\(spanish.stderr)")
        let nested = CommandRunner.agenda(["org", "lis", path], environment: ["LANG": "pt_BR.UTF-8"])
        #expect(nested.stderr.hasPrefix("Erro: comando desconhecido: “lis”; você quis dizer “list”?"), "\(nested.stderr)")
        // A file of that name is the full-screen program's to open, as before.
        let file = folder.write("lst", "{}")
        let open = CommandRunner.agenda(["lst"], currentDirectory: folder.path)
        #expect(!open.stderr.contains("unknown command"), "\(file): \(open.stderr)")
    }

    /// 18: the advice given where there is no agenda makes the agenda it promises.
    @Test func newGivenAFolderCreatesTheAgendaInIt() throws {
        let summary = CommandRunner.agenda(["summary"], currentDirectory: folder.path)
        #expect(summary.status == 1)
        #expect(summary.stderr == "agenda: no agenda files (*.json) in Agendas; create one with: agenda new Agendas --title TITLE\n",
                "\(summary.stderr)")
        let created = CommandRunner.agenda(["new", "Agendas", "--title", "Red de Michoacán", "--lang", "es"],
                                           currentDirectory: folder.path)
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout == "agenda creada: Agendas/agenda.json\n")
        #expect(try FileAgendaStore().load(folder.path + "/Agendas/agenda.json").title == "Red de Michoacán")
        #expect(CommandRunner.agenda(["summary"], currentDirectory: folder.path).lines.first == "Red de Michoacán")
        // An existing folder gets agenda.json in it; a missing folder above a file is made.
        let other = folder.path + "/otra"
        try FileManager.default.createDirectory(atPath: other, withIntermediateDirectories: false)
        #expect(CommandRunner.agenda(["new", other, "--title", "X"]).stdout == "created \(other)/agenda.json\n")
        #expect(CommandRunner.agenda(["new", folder.path + "/a/b/c.json", "--title", "Y"]).status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.path + "/a/b/c.json"))
    }

    /// 19: `set` echoes the goal's id as the file has it, not as it was typed.
    @Test func setEchoesTheGoalsRealId() throws {
        let path = try fixtureFile()
        let result = CommandRunner.agenda(["set", path, "g-0004", "--progress", "30"])
        #expect(result.lines == ["G-0004: progress: 10 → 30"], "\(result.stdout)")
        #expect(CommandRunner.agenda(["set", path, "g-0004", "--progress", "30"]).lines == ["G-0004: nothing changed"])
    }
}
