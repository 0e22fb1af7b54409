import AgendaModel
import AgendaStore
import Foundation
import Testing
import TestSupport

/// `agenda person list|add|set|remove`: the roster on the command line, in the user's language.
@Suite struct CLIPersonTests {
    let folder = TemporaryFolder()
    let portuguese = ["LANG": "pt_BR.UTF-8"]

    func fixtureFile() throws -> String {
        let path = folder.file("agenda.json")
        try FileAgendaStore().create(SessionFixtures.agenda(), at: path)
        return path
    }

    func load(_ path: String) throws -> Agenda {
        try FileAgendaStore().load(path)
    }

    @Test func addMakesTheIdFromTheNameAndPrintsItAlone() throws {
        let path = try fixtureFile()
        let rosa = CommandRunner.agenda([
            "person", "add", path, "--name", "Rosa Hernández", "--org", "alianza", "--country", "us", "--community", "mexicanas",
            "--community", "Mujeres", "--language", "ES", "--email", "rosa@example.org", "--phone", "+1 555 0100", "--lang", "es",
        ])
        #expect(rosa.status == 0, "\(rosa.stderr)")
        #expect(rosa.stdout == "rosa-hernandez\n")
        let person = try #require(try load(path).person("rosa-hernandez"))
        #expect(person.name == "Rosa Hernández" && person.organization == "alianza" && person.country == "US")
        #expect(person.communities == ["mexican", "women"] && person.languages == ["es"])
        #expect(person.contact == Contact(email: "rosa@example.org", phone: "+1 555 0100"))
        // The same name again gets a number; an id given is kept.
        #expect(CommandRunner.agenda(["person", "add", path, "--name", "Rosa Hernández"]).stdout == "rosa-hernandez-2\n")
        #expect(CommandRunner.agenda(["person", "add", path, "--name", "Ñandú Peña", "--id", "nandu"]).stdout == "nandu\n")
        let taken = CommandRunner.agenda(["person", "add", path, "--name", "Otra", "--id", "nandu"], environment: portuguese)
        #expect(taken.status == 1 && taken.stderr == "\(path): o identificador “nandu” já está em uso; nada foi gravado\n",
                "\(taken.stderr)")
        let ghost = CommandRunner.agenda(["person", "add", path, "--name", "X", "--org", "alianz", "--lang", "es"])
        #expect(ghost.stderr == "\(path): no hay ninguna organización con el identificador «alianz»; no se escribió nada; "
            + "¿quiso decir «alianza»?\n", "\(ghost.stderr)")
    }

    @Test func listLeavesContactDetailsOutUnlessAsked() throws {
        let path = try fixtureFile()
        _ = CommandRunner.agenda(["person", "add", path, "--name", "Rosa Hernández", "--org", "alianza", "--email", "rosa@example.org"])
        let table = CommandRunner.agenda(["person", "list", path, "--lang", "es"])
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.line(0).hasPrefix("ID") && table.line(0).contains("NOMBRE") && table.line(0).contains("ORGANIZACIÓN")
            && table.line(0).contains("COMUNIDADES") && table.line(0).contains("IDIOMAS"), "\(table.stdout)")
        #expect(table.stdout.contains("Lucía Hernández") && table.stdout.contains("Pueblos indígenas"), "\(table.stdout)")
        #expect(!table.stdout.contains("rosa@example.org") && !table.line(0).contains("CORREO"))
        for format in ["json", "csv"] {
            #expect(!CommandRunner.agenda(["person", "list", path, "--format", format]).stdout.contains("rosa@example.org"), "\(format)")
        }
        let contact = CommandRunner.agenda(["person", "list", path, "--contact", "--org", "alianza"], environment: portuguese)
        #expect(contact.line(0).contains("E-MAIL") && contact.line(0).contains("TELEFONE"), "\(contact.stdout)")
        #expect(contact.lines.count == 2 && contact.line(1).contains("rosa@example.org"), "\(contact.stdout)")
        let json = CommandRunner.agenda(["person", "list", path, "--format", "json", "--contact", "--org", "alianza"])
        let people = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(people.map { $0["id"] as? String } == ["rosa-hernandez"])
        #expect((people[0]["contact"] as? [String: Any])?["email"] as? String == "rosa@example.org")
        let unknown = CommandRunner.agenda(["person", "list", path, "--org", "diocesís", "--lang", "es"])
        #expect(unknown.status == 1 && unknown.stderr.contains("¿quiso decir «diocesis»?"), "\(unknown.stderr)")
    }

    @Test func setChangesDetailsAndARenameFollowsInTheGoalsTheyOwn() throws {
        let path = try fixtureFile()
        #expect(CommandRunner.agenda(["set", path, "G-0005", "--add-owner", "Jesús Martínez Saldaña"]).status == 0)
        let set = CommandRunner.agenda([
            "person", "set", path, "jesus", "--name", "Jesús Martínez", "--org", "michoacan-congress", "--add-community", "mexicano",
            "--remove-language", "en", "--add-language", "pt", "--email", "jesus@example.org", "--lang", "es",
        ])
        #expect(set.status == 0, "\(set.stderr)")
        #expect(set.lines == [
            "jesus: nombre: Jesús Martínez Saldaña → Jesús Martínez", "jesus: organización: + Congreso de Michoacán",
            "jesus: comunidades: + mexicanos", "jesus: idiomas: + pt", "jesus: idiomas: − en", "jesus: correo: + jesus@example.org",
            "G-0005: responsables: − Jesús Martínez Saldaña", "G-0005: responsables: + Jesús Martínez",
        ], "\(set.stdout)")
        let agenda = try load(path)
        #expect(agenda.goal("G-0005")?.owners == ["Comité de Organización", "Jesús Martínez"])
        #expect(agenda.person("jesus")?.languages == ["es", "pt"] && agenda.person("jesus")?.communities == ["mexican"])
        let cleared = CommandRunner.agenda(["person", "set", path, "jesus", "--org", "none", "--email", "none", "--country", "none"],
                                           environment: portuguese)
        #expect(cleared.lines == ["jesus: organização: − Congreso de Michoacán", "jesus: país: − MX", "jesus: e-mail: − jesus@example.org"],
                "\(cleared.stdout)")
        #expect(try load(path).person("jesus")?.contact == nil)
        let nothing = CommandRunner.agenda(["person", "set", path, "jesus"], environment: portuguese)
        #expect(nothing.status == 64 && nothing.stderr.contains("indique pelo menos um dado a alterar"), "\(nothing.stderr)")
        let unknown = CommandRunner.agenda(["person", "set", path, "jesús", "--name", "X", "--lang", "es"])
        #expect(unknown.stderr == "\(path): no hay ninguna persona con el identificador «jesús»; ¿quiso decir «jesus»?\n",
                "\(unknown.stderr)")
    }

    @Test func removeNamesWhatNamesThePersonAndUnlinksOnlyWhenAsked() throws {
        let path = try fixtureFile()
        #expect(CommandRunner.agenda(["set", path, "G-0002", "--add-owner", "jesús martínez saldaña"]).status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let refused = CommandRunner.agenda(["person", "remove", path, "jesus", "--lang", "es"])
        #expect(refused.status == 1)
        #expect(refused.stderr == "\(path): Jesús Martínez Saldaña asiste a 1 sesión (S-0001) y es responsable de 1 meta (G-0002); "
            + "agregue --unlink para desvincularla (las actas y el historial conservan el nombre); no se escribió nada\n",
            "\(refused.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before, "nothing is written")
        let removed = CommandRunner.agenda(["person", "remove", path, "jesus", "--unlink"], environment: portuguese)
        #expect(removed.status == 0, "\(removed.stderr)")
        #expect(removed.lines == [
            "G-0002: responsáveis: − jesús martínez saldaña", "S-0001: presença: − Jesús Martínez Saldaña",
            "Jesús Martínez Saldaña (jesus) não consta mais entre as pessoas da agenda",
        ], "\(removed.stdout)")
        let agenda = try load(path)
        #expect(agenda.person("jesus") == nil)
        #expect(agenda.session("S-0001")?.attendance.people == ["lucia"])
        #expect(agenda.goal("G-0002")?.owners == ["Leadership Committee"])
        // History keeps the name it recorded.
        #expect(agenda.goal("G-0002")?.history.contains { $0.to == "jesús martínez saldaña" } == true)
        #expect(CommandRunner.agenda(["person", "remove", path, "lucia"]).status == 1, "Lucía still attends S-0001")
    }
}
