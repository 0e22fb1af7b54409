import AgendaModel
import AgendaStore
import Foundation
import Testing
import TestSupport

/// The command line speaks the interface's language, from `--lang` or the environment: tables, summaries,
/// confirmations, refusals and help; and it takes the words of any language for a vocabulary's values.
@Suite struct CLILanguageTests {
    let folder = TemporaryFolder()
    let now = ["AGENDA_NOW": "2026-11-29T10:00:00Z"]
    let portuguese = ["LANG": "pt_BR.UTF-8", "AGENDA_NOW": "2026-11-29T10:00:00Z"]

    func fixtureFile() throws -> String {
        let path = folder.file("agenda.json")
        try FileAgendaStore().create(SessionFixtures.agenda(), at: path)
        return path
    }

    @Test func listSpeaksSpanishWithLangAndPortugueseFromTheEnvironment() throws {
        let path = try fixtureFile()
        let spanish = CommandRunner.agenda(["list", path, "--lang", "es"], environment: now)
        #expect(spanish.status == 0, "\(spanish.stderr)")
        #expect(spanish.line(0).hasPrefix("ID      TÍTULO"), "\(spanish.stdout)")
        #expect(spanish.line(0).contains("ESTADO") && spanish.line(0).contains("AVANCE")
            && spanish.line(0).contains("FECHA LÍMITE") && spanish.line(0).contains("RESPONSABLES"))
        #expect(spanish.line(1).contains("activa") && spanish.line(1).contains("30 jun 2026 (vencida)"), "\(spanish.stdout)")
        #expect(spanish.line(3).contains("lograda") && spanish.line(5).contains("propuesta"), "\(spanish.stdout)")
        let brazil = CommandRunner.agenda(["list", path], environment: portuguese)
        #expect(brazil.line(0).contains("SITUAÇÃO") && brazil.line(0).contains("PROGRESSO") && brazil.line(0).contains("PRAZO"))
        #expect(brazil.line(4).contains("bloqueada") && brazil.line(4).contains("31 dez 2025 (atrasada)"), "\(brazil.stdout)")
        // --lang wins over the environment; machine formats keep the file's keys.
        #expect(CommandRunner.agenda(["list", path, "--lang", "en"], environment: portuguese).line(0).contains("STATUS"))
        let json = CommandRunner.agenda(["list", path, "--format", "json", "--lang", "es"])
        #expect(json.stdout.contains(#""status": "active""#) && !json.stdout.contains("activa"), "\(json.stdout)")
    }

    @Test func sessionListSummaryAndShowSpeakTheLanguage() throws {
        let path = try fixtureFile()
        let sessions = CommandRunner.agenda(["session", "list", path, "--lang", "es"])
        #expect(sessions.line(0).contains("FECHA") && sessions.line(0).contains("PUNTOS") && sessions.line(0).contains("PREVISTO"))
        #expect(sessions.line(1).contains("15 ene 2026") && sessions.line(1).contains("planificada"), "\(sessions.stdout)")
        let summary = CommandRunner.agenda(["summary", path], environment: portuguese)
        #expect(summary.stdout.contains("5 metas: 1 proposta, 2 ativas, 1 bloqueada, 1 alcançada, 0 descartadas; 2 atrasadas"),
                "\(summary.stdout)")
        #expect(summary.stdout.contains("ÁREA") && summary.stdout.contains("Atrasadas:"))
        let show = CommandRunner.agenda(["show", path, "G-0001", "--lang", "es"], environment: now)
        #expect(show.stdout.contains("Estado:       activa"), "\(show.stdout)")
        #expect(show.stdout.contains("Fecha límite: 30 jun 2026 (vencida)"), "\(show.stdout)")
        #expect(show.stdout.contains("Responsables: Leadership Committee"))
        #expect(show.stdout.contains("15 ene 2026 12:00  Fixture: creada «Train migrant leaders»"), "\(show.stdout)")
    }

    @Test func confirmationsSpeakTheLanguage() throws {
        let path = try fixtureFile()
        let set = CommandRunner.agenda(["set", path, "G-0004", "--status", "activa", "--priority", "alta", "--due", "2027-03-31",
                                        "--lang", "es"])
        #expect(set.status == 0, "\(set.stderr)")
        #expect(set.lines == ["G-0004: estado: bloqueada → activa", "G-0004: prioridad: media → alta",
                              "G-0004: fecha límite: 31 dic 2025 → 31 mar 2027"], "\(set.stdout)")
        let review = CommandRunner.agenda(["review", path, "G-0004", "--health", "em-risco"], environment: portuguese)
        #expect(review.stdout == "G-0004: revisão: em risco, por Test Runner, em 29 nov 2026\n", "\(review.stdout)")
        let delete = CommandRunner.agenda(["delete", path, "G-0001", "--lang", "es"])
        #expect(delete.status == 1)
        #expect(delete.stderr == "\(path): G-0001 tiene 2 submetas (G-0002, G-0003); agregue --with-subgoals para eliminarlas "
            + "también; no se escribió nada\n", "\(delete.stderr)")
        #expect(CommandRunner.agenda(["delete", path, "G-0004"], environment: portuguese).stdout == "a meta G-0004 foi apagada\n")
    }

    @Test func wordsOfAnyLanguageAreTakenForKeys() throws {
        let path = try fixtureFile()
        func status(_ word: String, _ environment: [String: String] = [:]) throws -> GoalStatus? {
            let result = CommandRunner.agenda(["set", path, "G-0005", "--status", word], environment: environment)
            #expect(result.status == 0, "\(word): \(result.stderr)")
            return try FileAgendaStore().load(path).goal("G-0005")?.status
        }
        #expect(try status("activa", ["LANG": "es_MX.UTF-8"]) == .active)
        #expect(try status("Descartado", ["LANG": "es_MX.UTF-8"]) == .dropped)
        #expect(try status("ativa", ["LANG": "pt_BR.UTF-8"]) == .active)
        #expect(try status("BLOQUEADA") == .blocked)
        #expect(try status("proposé", ["LANG": "es_MX.UTF-8"]) == .proposed, "a word of another language is taken too")
        #expect(try status("achieved", ["LANG": "pt_BR.UTF-8"]) == .achieved, "and the file's key, in any language")
        let priority = CommandRunner.agenda(["set", path, "G-0004", "--priority", "média", "--level", "estatal", "--lang", "pt"])
        #expect(priority.status == 0, "\(priority.stderr)")
        #expect(try FileAgendaStore().load(path).goal("G-0004")?.priority == .medium)
        #expect(try FileAgendaStore().load(path).goal("G-0004")?.level == .state)
        #expect(CommandRunner.agenda(["review", path, "G-0004", "--health", "En Riesgo", "--lang", "es"]).status == 0)
        #expect(CommandRunner.agenda(["list", path, "--health", "en-riesgo", "--format", "csv"]).lines.count == 2)
        #expect(CommandRunner.agenda(["list", path, "--status", "logradas", "--count", "--lang", "es"]).status == 64,
                "a plural is not a status")
        let org = CommandRunner.agenda(["org", "add", path, "--id", "club-zacatecas", "--name", "Club Zacatecas", "--country", "us",
                                        "--kind", "club de oriundos", "--lang", "es"])
        #expect(org.status == 0, "\(org.stderr)")
        #expect(try FileAgendaStore().load(path).organization("club-zacatecas")?.kind == .hometownAssociation)
    }

    @Test func refusalsOfValuesListTheWordsOfTheLanguage() throws {
        let path = try fixtureFile()
        let spanish = CommandRunner.agenda(["set", path, "G-0004", "--status", "terminada", "--lang", "es"])
        #expect(spanish.status == 64)
        #expect(spanish.stderr.contains("«terminada» no es un estado; use uno de estos: propuesta, activa, bloqueada, lograda, "
            + "descartada"), "\(spanish.stderr)")
        #expect(spanish.stderr.hasPrefix("Error: El valor «terminada» no es válido para «--status <status>»"), "\(spanish.stderr)")
        #expect(spanish.stderr.contains("Uso: agenda set"), "\(spanish.stderr)")
        let typo = CommandRunner.agenda(["set", path, "G-0004", "--status", "ativaa"], environment: portuguese)
        #expect(typo.stderr.contains("use uma destas: proposta, ativa, bloqueada, alcançada, descartada; você quis dizer “ativa”?"),
                "\(typo.stderr)")
        let health = CommandRunner.agenda(["review", path, "G-0004", "--health", "bien", "--lang", "es"])
        #expect(health.stderr.contains("use una de estas: encaminada, en-riesgo, desviada"), "\(health.stderr)")
        let missing = CommandRunner.agenda(["show", path], environment: portuguese)
        #expect(missing.status == 64)
        #expect(missing.stderr.hasPrefix("Erro: Falta o argumento “<goal-id>”"), "\(missing.stderr)")
        let language = CommandRunner.agenda(["list", path, "--lang", "de"])
        #expect(language.status == 64 && language.stderr.contains("'de' is not a language of the interface"), "\(language.stderr)")
    }

    @Test func refusalsOfTheModelAndTheStoreSpeakTheLanguage() throws {
        let path = try fixtureFile()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let ghost = CommandRunner.agenda(["set", path, "G-0004", "--progress", "35", "--add-org", "ghost", "--lang", "es"])
        #expect(ghost.status == 1)
        #expect(ghost.stderr == "\(path): no hay ninguna organización con el identificador «ghost»; no se escribió nada\n")
        let goal = CommandRunner.agenda(["note", path, "G-NONE", "Hola"], environment: portuguese)
        #expect(goal.stderr == "\(path): não há nenhuma meta com o identificador “G-NONE”; nada foi gravado\n", "\(goal.stderr)")
        let inUse = CommandRunner.agenda(["org", "remove", path, "alianza", "--lang", "es"])
        #expect(inUse.stderr == "\(path): «alianza» está en uso en 1 meta: G-0001; agregue --unlink para desvincularla; "
            + "no se escribió nada\n", "\(inUse.stderr)")
        let duplicate = CommandRunner.agenda(["area", "add", path, "--id", "leadership", "--name", "Liderança"], environment: portuguese)
        #expect(duplicate.stderr == "\(path): o identificador “leadership” já está em uso; nada foi gravado\n", "\(duplicate.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        let absent = folder.file("nada.json")
        #expect(CommandRunner.agenda(["list", absent, "--lang", "es"]).stderr
            == "\(absent): no se puede abrir: no existe (No such file or directory)\n")
        #expect(chmod(path, 0o444) == 0)
        let readOnly = CommandRunner.agenda(["set", path, "G-0004", "--progress", "20"], environment: portuguese)
        #expect(readOnly.stderr == "\(path): o arquivo é somente leitura (modo 444); nada foi gravado\n", "\(readOnly.stderr)")
        let invalid = folder.write("invalida.json", """
            {"title": "T", "areas": [{"id": "a", "name": "A"}],
             "goals": [{"id": "G-1", "title": "Uno", "area": "b"}, {"id": "G-1", "title": "Dos", "area": "a", "progress": 120}]}
            """)
        let validate = CommandRunner.agenda(["validate", invalid, "--lang", "es"])
        #expect(validate.lines == [
            "\(invalid):2:63: meta G-1: identificador repetido",
            "\(invalid):2:50: meta G-1: área: «b» no existe",
            "\(invalid):2:111: meta G-1: avance: 120 está fuera del rango 0-100",
        ], "\(validate.stdout)")
        #expect(CommandRunner.agenda(["validate", try fixtureFile2()], environment: portuguese).stdout.hasSuffix(": ok, 5 metas\n"))
    }

    func fixtureFile2() throws -> String {
        let path = folder.file("otra.json")
        try FileAgendaStore().create(Fixtures.agenda(), at: path)
        return path
    }

    @Test func helpSpeaksTheLanguageWhereTheParserLetsIt() throws {
        let spanish = CommandRunner.agenda(["list", "--help", "--lang", "es"])
        #expect(spanish.status == 0)
        #expect(spanish.stdout.hasPrefix("DESCRIPCIÓN: Lista las metas."), "\(spanish.stdout)")
        #expect(spanish.stdout.contains("OPCIONES:") && spanish.stdout.contains("Solo las metas con este estado"))
        #expect(spanish.stdout.contains("Muestra esta ayuda."))
        let brazil = CommandRunner.agenda(["person", "add", "--help"], environment: portuguese)
        #expect(brazil.stdout.contains("Acrescenta uma pessoa") && brazil.stdout.contains("rosa-hernandez"), "\(brazil.stdout)")
        // The parser's help subcommand and a group of subcommands take --lang too.
        #expect(CommandRunner.agenda(["help", "set", "--lang", "es"]).stdout.hasPrefix("DESCRIPCIÓN: Cambia campos de una meta"))
        #expect(CommandRunner.agenda(["org", "--lang", "pt"]).stdout.hasPrefix("DESCRIÇÃO: Lista, acrescenta, altera e remove"))
        let top = CommandRunner.agenda(["--help"], environment: ["LANG": "es_MX.UTF-8"])
        #expect(top.stdout.contains("SUBCOMANDOS:") && top.stdout.contains("Lista, agrega, cambia y elimina a las personas"),
                "\(top.stdout)")
    }
}

extension CommandResult {
    /// Line `index` of standard output, or an empty line when there are fewer: a test that reads a table
    /// a broken binary did not print fails instead of stopping the whole run.
    func line(_ index: Int) -> String {
        lines.indices.contains(index) ? lines[index] : ""
    }
}
