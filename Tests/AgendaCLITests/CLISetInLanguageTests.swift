import AgendaModel
import AgendaStore
import Foundation
import Testing
import TestSupport

/// `agenda set --in LANG` and `agenda area set --in LANG`: texts written in another language than the
/// agenda's set their translation into it; without `--in`, or in the agenda's own language, the original.
@Suite struct CLISetInLanguageTests {
    let folder = TemporaryFolder()

    /// The fixture agenda, written in English.
    func englishAgenda() throws -> String {
        let path = folder.file("agenda.json")
        var agenda = Fixtures.agenda()
        agenda.language = "en"
        try FileAgendaStore().create(agenda, at: path)
        return path
    }

    @Test func aTitleAndDescriptionInAnotherLanguageSetTheirTranslationsByTheEditor() throws {
        let path = try englishAgenda()
        _ = CommandRunner.agenda(["set", path, "G-0001", "--description", "Leaders for every community."])
        let set = CommandRunner.agenda(["set", path, "g-0001", "--title", "Formar liderazgos migrantes", "--description",
                                        "Liderazgos para cada comunidad.", "--in", "es", "--by", "Ana", "--lang", "es"])
        #expect(set.status == 0, "\(set.stderr)")
        #expect(set.lines == ["G-0001: título (es): + Formar liderazgos migrantes",
                              "G-0001: descripción (es): + Liderazgos para cada comunidad."], "\(set.stdout)")
        let goal = try #require(try FileAgendaStore().load(path).goal("G-0001"))
        #expect(goal.title == "Train migrant leaders" && goal.description == "Leaders for every community.")
        let title = try #require(goal.translations["title", "es"])
        #expect(title.text == "Formar liderazgos migrantes" && title.from == "Train migrant leaders" && title.by == "Ana")
        #expect(title.at != nil)
        #expect(goal.translations["description", "es"]?.text == "Liderazgos para cada comunidad.")
        let again = CommandRunner.agenda(["set", path, "G-0001", "--title", "Formar líderes migrantes", "--in", "es_MX"])
        #expect(again.lines == ["G-0001: title (es-MX): + Formar líderes migrantes"], "\(again.stdout)")
        let rewrite = CommandRunner.agenda(["set", path, "G-0001", "--title", "Formar nuevos liderazgos", "--in", "es"])
        #expect(rewrite.lines == ["G-0001: title (es): Formar liderazgos migrantes → Formar nuevos liderazgos"], "\(rewrite.stdout)")
        let same = CommandRunner.agenda(["set", path, "G-0001", "--title", "Formar nuevos liderazgos", "--in", "es"])
        #expect(same.lines == ["G-0001: nothing changed"], "\(same.stdout)")
    }

    @Test func withoutInOrInTheAgendasOwnLanguageTheOriginalChangesAndItsTranslationsGoStale() throws {
        let path = try englishAgenda()
        #expect(CommandRunner.agenda(["set", path, "G-0001", "--title", "Formar liderazgos", "--in", "es"]).status == 0)
        let own = CommandRunner.agenda(["set", path, "G-0001", "--title", "Train new migrant leaders", "--in", "en-US"])
        #expect(own.lines == ["G-0001: title: Train migrant leaders → Train new migrant leaders"], "\(own.stdout)")
        var agenda = try FileAgendaStore().load(path)
        #expect(agenda.goal("G-0001")?.title == "Train new migrant leaders")
        #expect(agenda.shown(.goal("G-0001", field: "title"), in: "es").kind == .stale)
        #expect(CommandRunner.agenda(["set", path, "G-0001", "--title", "Train leaders"]).status == 0)
        agenda = try FileAgendaStore().load(path)
        #expect(agenda.goal("G-0001")?.title == "Train leaders" && agenda.goal("G-0001")?.translations["title", "en"] == nil)
        // Setting the same words again confirms a stale translation: made from the original as it is now.
        let confirm = CommandRunner.agenda(["set", path, "G-0001", "--title", "Formar liderazgos", "--in", "es"])
        #expect(confirm.status == 0, "\(confirm.stderr)")
        agenda = try FileAgendaStore().load(path)
        #expect(agenda.shown(.goal("G-0001", field: "title"), in: "es").kind == .translation)
    }

    @Test func anInvalidLanguageOrInWithoutATextIsRefusedAndNothingIsWritten() throws {
        let path = try englishAgenda()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let invalid = CommandRunner.agenda(["set", path, "G-0001", "--title", "X", "--in", "es!", "--lang", "es"])
        #expect(invalid.status == 64 && invalid.stderr.contains("«es!» no es una etiqueta de idioma como es o pt-BR"), "\(invalid.stderr)")
        let alone = CommandRunner.agenda(["set", path, "G-0001", "--status", "blocked", "--in", "pt", "--lang", "pt"])
        #expect(alone.status == 64 && alone.stderr.contains("--in indica o idioma de --title ou --description"), "\(alone.stderr)")
        let area = CommandRunner.agenda(["area", "set", path, "leadership", "--in", "tlh-", "--name", "X"])
        #expect(area.status == 64 && area.stderr.contains("'tlh-' is not a language tag such as es or pt-BR"), "\(area.stderr)")
        let noDescription = CommandRunner.agenda(["set", path, "G-0002", "--description", "Una escuela.", "--in", "es"])
        #expect(noDescription.status == 1 && noDescription.stderr.contains("nothing was written"), "\(noDescription.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func anAreasNameAndDescriptionInAnotherLanguageSetTheirTranslations() throws {
        let path = try englishAgenda()
        let set = CommandRunner.agenda(["area", "set", path, "leadership", "--name", "Liderança", "--description",
                                        "Formar lideranças.", "--in", "pt", "--by", "Rosa", "--lang", "pt"])
        #expect(set.status == 0, "\(set.stderr)")
        #expect(set.lines == ["leadership: nome (pt): + Liderança", "leadership: descrição (pt): + Formar lideranças."],
                "\(set.stdout)")
        var agenda = try FileAgendaStore().load(path)
        let area = try #require(agenda.area("leadership"))
        #expect(area.name == "Leadership" && area.description == "Educate leaders.")
        #expect(area.translations["name", "pt"]?.text == "Liderança" && area.translations["name", "pt"]?.by == "Rosa")
        #expect(area.translations["description", "pt"]?.from == "Educate leaders.")
        let own = CommandRunner.agenda(["area", "set", path, "leadership", "--name", "Leaders", "--in", "en"])
        #expect(own.lines == ["leadership: name: Leadership → Leaders"], "\(own.stdout)")
        agenda = try FileAgendaStore().load(path)
        #expect(agenda.area("leadership")?.name == "Leaders")
        #expect(agenda.shown(.area("leadership", field: "name"), in: "pt").kind == .stale)
        // An empty description in a language removes its translation; the original stays.
        let removed = CommandRunner.agenda(["area", "set", path, "leadership", "--description", "", "--in", "pt", "--lang", "fr"])
        #expect(removed.lines == ["leadership: description (pt)\u{A0}: − Formar lideranças."], "\(removed.stdout)")
        agenda = try FileAgendaStore().load(path)
        #expect(agenda.area("leadership")?.translations["description", "pt"] == nil && agenda.area("leadership")?.description == "Educate leaders.")
    }
}
