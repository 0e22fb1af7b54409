@testable import AgendaLocalization
import AgendaModel
@testable import AgendaTUI
import Testing
import TerminalWidgets
import TestSupport

/// A question answers to the yes of the interface's language (s for sí and sim, o for oui) as well as
/// to y, and the key bar shows the language's own key.
@Suite struct YesKeysTests {
    func deleting(_ language: Language) -> AppState {
        var state = TUI.state(Fixtures.agenda(), width: 100, height: 30, language: language, path: "/tmp/agenda.json")
        GoalsFeature.refreshRows(&state.agenda!, keeping: "goal:G-0004")
        TUI.press([.character("d")], &state)
        return state
    }

    @Test(arguments: [(Language.spanish, "s", "s sí"), (.portuguese, "s", "s sim"), (.french, "o", "o oui"),
                      (.english, "y", "y yes")])
    func theLanguagesOwnYesKeyConfirms(language: Language, key: Character, hint: String) throws {
        var state = deleting(language)
        #expect(state.keyContext == .confirm)
        #expect(TUI.screen(state).contains(hint), "\(TUI.screen(state))")
        TUI.press([.character(key)], &state)
        #expect(state.keyContext != .confirm)
        #expect(TUI.agendaScreen(state)?.document.agenda.goal("G-0004") == nil)
    }

    @Test(arguments: [Language.spanish, .portuguese, .french])
    func yStillConfirmsInEveryLanguage(language: Language) {
        var state = deleting(language)
        TUI.press([.character("Y")], &state)
        #expect(TUI.agendaScreen(state)?.document.agenda.goal("G-0004") == nil)
    }

    @Test func anotherLanguagesYesDoesNotConfirmInEnglish() {
        var state = deleting(.english)
        TUI.press([.character("s")], &state)
        #expect(state.keyContext == .confirm)
        #expect(TUI.agendaScreen(state)?.document.agenda.goal("G-0004") != nil)
    }

    @Test func helpListsTheOwnKeyFirst() {
        let sections = HelpContent.sections(.confirm, Strings(.spanish))
        let keys = sections.flatMap(\.hints).map(\.keys)
        #expect(keys.contains("s/S/y/Y"), "\(keys)")
    }
}
