import AgendaModel
import AgendaStore
import Foundation
import Testing
import TestSupport

/// `agenda area set`: renaming, describing and moving an area, its position counted from 1.
@Suite struct CLIAreaSetTests {
    let folder = TemporaryFolder()

    func fixtureFile() throws -> String {
        let path = folder.file("agenda.json")
        try FileAgendaStore().create(Fixtures.agenda(), at: path)
        return path
    }

    @Test func anAreaIsRenamedDescribedAndMovedInOneSave() throws {
        let path = try fixtureFile()
        let set = CommandRunner.agenda(["area", "set", path, "vote-abroad", "--name", "Voto no exterior", "--description",
                                        "Que o voto de quem vive fora seja contado.", "--position", "1"],
                                       environment: ["LANG": "pt_BR.UTF-8"])
        #expect(set.status == 0, "\(set.stderr)")
        #expect(set.lines == ["vote-abroad: nome: Voting rights abroad → Voto no exterior",
                              "vote-abroad: descrição: + Que o voto de quem vive fora seja contado.", "vote-abroad: posição: 2 → 1"],
                "\(set.stdout)")
        let agenda = try FileAgendaStore().load(path)
        #expect(agenda.areas.map(\.id) == ["vote-abroad", "leadership"])
        #expect(agenda.areas[0].name == "Voto no exterior" && agenda.goal("G-0005")?.area == "vote-abroad")
        let list = CommandRunner.agenda(["area", "list", path, "--lang", "es"])
        #expect(list.line(0).hasPrefix("ID") && list.line(0).contains("NOMBRE") && list.line(1).hasPrefix("vote-abroad"),
                "\(list.stdout)")
        #expect(CommandRunner.agenda(["area", "set", path, "vote-abroad", "--position", "2"]).lines == ["vote-abroad: position: 1 → 2"])
        #expect(CommandRunner.agenda(["area", "set", path, "vote-abroad", "--position", "2"]).lines == ["vote-abroad: nothing changed"])
    }

    @Test func mistakesAreRefusedAndNothingIsWritten() throws {
        let path = try fixtureFile()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let far = CommandRunner.agenda(["area", "set", path, "leadership", "--position", "3", "--lang", "es"])
        #expect(far.status == 1 && far.stderr == "\(path): la posición 3 está después de la última área: indique un número de 1 a 2; "
            + "no se escribió nada\n", "\(far.stderr)")
        let zero = CommandRunner.agenda(["area", "set", path, "leadership", "--position", "0", "--lang", "es"])
        #expect(zero.status == 64 && zero.stderr.contains("«0» no es una posición"), "\(zero.stderr)")
        let unknown = CommandRunner.agenda(["area", "set", path, "votes-abroad", "--name", "X", "--lang", "es"])
        #expect(unknown.stderr == "\(path): no hay ningún área con el identificador «votes-abroad»; ¿quiso decir «vote-abroad»?\n",
                "\(unknown.stderr)")
        let empty = CommandRunner.agenda(["area", "set", path, "leadership", "--name", " "])
        #expect(empty.status == 64 && empty.stderr.contains("the value is empty"))
        let nothing = CommandRunner.agenda(["area", "set", path, "leadership"], environment: ["LANG": "pt_BR.UTF-8"])
        #expect(nothing.status == 64 && nothing.stderr.contains("indique pelo menos uma destas opções"), "\(nothing.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }
}
