@testable import AgendaLocalization
import AgendaModel
@testable import AgendaTUI
import Testing
import TerminalWidgets
import TestSupport

/// Texts in the reader's language on screen: translations written with `T` beside their originals,
/// originals marked with their language where no translation stands in, outdated ones marked and
/// confirmed, a filter of what needs translating, the dashboard's share per language, and search in
/// every language.
@Suite struct TranslationReducerTests {
    func state(language: Language = .spanish, width: Int = 110) -> AppState {
        var agenda = Fixtures.agenda()
        agenda.language = "en"
        var state = TUI.state(agenda, width: width, height: 30, language: language, path: "/tmp/agenda.json")
        state.who = "Rosa"
        return state
    }

    func agenda(_ state: AppState) -> Agenda { TUI.agendaScreen(state)!.document.agenda }

    func select(_ id: String, _ state: inout AppState) {
        GoalsFeature.refreshRows(&state.agenda!, keeping: "goal:" + id)
    }

    /// Writes the Spanish title of a goal with `T`.
    func translate(_ id: String, _ title: String, _ state: inout AppState) {
        select(id, &state)
        TUI.press([.character("T")], &state)
        TUI.press([.control("u")], &state)
        TUI.type(title, &state)
        TUI.press([.control("s")], &state)
    }

    @Test func listsToChooseFromShowTheReadersLanguageAndFindEveryLanguage() throws {
        // The sample holds Spanish titles: a Portuguese reader finds "voto" in them, and sees them marked.
        var state = TUI.state(TUI.sample, width: 100, height: 30, language: .portuguese, path: "/tmp/agenda.json")
        GoalsFeature.refreshRows(&state.agenda!, keeping: "goal:G-27G0")
        TUI.press([.character("m")], &state)
        TUI.type("voto", &state)
        let screen = TUI.screen(state)
        #expect(screen.contains("G-MZSW  Win and defend the right to vote while residing abroad [en]"), "\(screen)")
        #expect(screen.contains("Voto no exterior"), "\(screen)")
        TUI.press([.escape, .escape], &state)
        // In Spanish the same list shows the Spanish title.
        var spanish = TUI.state(TUI.sample, width: 100, height: 30, language: .spanish, path: "/tmp/agenda.json")
        GoalsFeature.refreshRows(&spanish.agenda!, keeping: "goal:G-27G0")
        TUI.press([.character("m")], &spanish)
        TUI.type("voto", &spanish)
        #expect(TUI.screen(spanish).contains("G-MZSW  Conquistar y defender el voto en el exterior"), "\(TUI.screen(spanish))")
    }

    @Test func subGoalsAndLinkedGoalsInDetailsAreInTheReadersLanguage() throws {
        var state = TUI.state(TUI.sample, width: 160, height: 50, language: .spanish, path: "/tmp/agenda.json")
        GoalsFeature.refreshRows(&state.agenda!, keeping: "goal:G-SEYX")
        #expect(TUI.screen(state).contains("G-27G0 Llevar adelante una escuela de liderazgo migrante"), "\(TUI.screen(state))")
        TUI.press([.character("2")], &state)
        #expect(TUI.screen(state).contains("G-27G0 Llevar adelante una escuela de liderazgo migrante 65%"), "\(TUI.screen(state))")
    }

    @Test func theDashboardAndTheFiltersNameAreasInTheReadersLanguage() throws {
        var state = TUI.state(TUI.sample, width: 100, height: 30, language: .spanish, path: "/tmp/agenda.json")
        TUI.press([.character("4")], &state)
        #expect(TUI.screen(state).contains("Liderazgo y fortalecimiento"), "\(TUI.screen(state))")
        TUI.press([.character("1"), .character("f")], &state)
        let menu = TUI.screen(state)
        TUI.press([.down, .enter], &state)
        #expect(TUI.screen(state).contains("Voto en el exterior"), "\(menu)\n\(TUI.screen(state))")
    }

    @Test func activityNamesGoalsInTheReadersLanguage() throws {
        var state = TUI.state(TUI.sample, width: 160, height: 30, language: .spanish, path: "/tmp/agenda.json")
        TUI.press([.character("5")], &state)
        #expect(TUI.screen(state).contains("· Dar continuidad a los pasos que inició la Cumbre"), "\(TUI.screen(state))")
    }

    @Test func tShowsTheOriginalBesideTheTranslationAndSavesIt() throws {
        var state = state()
        select("G-0001", &state)
        TUI.press([.character("T")], &state)
        let form = TUI.screen(state)
        #expect(form.contains("Traducir G-0001 al español"))
        #expect(form.contains("Original · inglés"))
        #expect(form.contains("Train migrant leaders"))
        TUI.type("Formar líderes migrantes", &state)
        TUI.press([.control("s")], &state)
        let made = try #require(agenda(state).translations(.goal("G-0001", field: "title"))["es"])
        #expect(made.text == "Formar líderes migrantes" && made.from == "Train migrant leaders" && made.by == "Rosa")
        // The list shows it, and the other goals' English titles marked as such.
        let screen = TUI.screen(state)
        #expect(screen.contains("Formar líderes migrantes"))
        #expect(screen.contains("Run a leadership school [en]"))
        #expect(screen.contains("Leadership [en]"))
        // The detail gives the original under the translation.
        #expect(screen.contains("[en] Train migrant leaders"))
        // An English reader sees the English title, unmarked.
        var english = state
        english.shell.strings = Strings(.english)
        #expect(TUI.screen(english).contains("Train migrant leaders"))
        #expect(!TUI.screen(english).contains("[en]"))
    }

    @Test func aChangedOriginalMarksTheTranslationOutdatedUntilConfirmed() throws {
        var state = state()
        translate("G-0001", "Formar líderes migrantes", &state)
        TUI.press([.character("e"), .control("u")], &state)
        TUI.type("Train migrant leaders in every state", &state)
        TUI.press([.control("s")], &state)
        #expect(TUI.screen(state).contains("Formar líderes migrantes [revisar]"))
        TUI.press([.character("T")], &state)
        #expect(TUI.screen(state).contains("Desactualizada: se tradujo de «Train migrant leaders»"))
        TUI.press([.control("k")], &state)
        #expect(TUI.screen(state).contains("Confirmada"))
        TUI.press([.control("s")], &state)
        #expect(!TUI.screen(state).contains("[revisar]"))
        #expect(agenda(state).translations(.goal("G-0001", field: "title"))["es"]?.from == "Train migrant leaders in every state")
    }

    @Test func theFilterListsGoalsThatNeedTranslatingAndTheDashboardCountsThem() throws {
        var state = state()
        translate("G-0001", "Formar líderes migrantes", &state)
        // Filter: f, the last criterion, then español.
        TUI.press([.character("f")] + Array(repeating: Key.down, count: 7) + [.enter], &state)
        TUI.type("espa", &state)
        TUI.press([.enter], &state)
        #expect(TUI.agendaScreen(state)?.goals.filter.needsTranslation == "es")
        let screen = TUI.screen(state)
        // G-0001's title is translated and it has no description: it shows only as the parent of G-0002.
        #expect(screen.contains("4 de 5 metas · Filtro: Falta traducir al español"))
        #expect(screen.contains("Fund the school [en]"))
        #expect(TUI.agendaScreen(state)?.goals.rows.contains(.goal(index: 0, depth: 0, hasChildren: true, isContext: true)) == true)
        // The dashboard's share for Spanish, with the figure that leads to those goals.
        let status = agenda(state).translationStatus("es")
        #expect(status.translated == 1 && status.stale == 0 && status.missing == status.total - 1)
        let rows = DashboardRows.build(agenda(state), today: TUI.today, Strings(.spanish), width: 110)
        let line = try #require(rows.compactMap { row -> String? in
            if case .translation(let name, _, let percent, let text) = row.content { return "\(name) \(percent) \(text)" }
            return nil
        }.first)
        #expect(line == "español \(status.percent) 1/\(status.total) traducidos · 0 desactualizados · \(status.missing) sin traducir")
        #expect(rows.first { if case .translation = $0.content { true } else { false } }?.targets.first?.goals.sorted()
                == ["G-0002", "G-0003", "G-0004", "G-0005"])
    }

    @Test func searchFindsATitleInEveryLanguage() {
        var state = state()
        translate("G-0005", "Voto desde el exterior en Michoacán", &state)
        var english = state
        english.shell.strings = Strings(.english)
        TUI.press([.character("/")], &english)
        TUI.type("exterior", &english)
        #expect(TUI.screen(english).contains("Vote from abroad in Michoacán"))
        #expect(TUI.agendaScreen(english)?.goals.matching == 1)
    }

    @Test func aReaderOfTheAgendasOwnLanguageIsAskedWhichLanguage() {
        var state = state(language: .english)
        select("G-0001", &state)
        TUI.press([.character("T")], &state)
        guard case .menu(let menu)? = state.overlay else { Issue.record("no menu"); return }
        #expect(menu.title == "Translate into")
        #expect(menu.items.map(\.label).prefix(3) == ["Spanish (es)", "Portuguese (pt)", "French (fr)"])
        TUI.type("portu", &state)
        TUI.press([.enter], &state)
        #expect(TUI.screen(state).contains("Translate G-0001 into Portuguese"))
    }
}
