@testable import AgendaLocalization
import AgendaModel
import AgendaStore
@testable import AgendaTUI
import Foundation
import TerminalWidgets
import TestSupport

/// Helpers for driving the interface's reducer and renderer in tests.
enum TUI {
    /// The day the tests take as today.
    static let today = Day("2026-11-29")!

    /// The sample agenda, read once.
    static let sample: Agenda = try! FileAgendaStore().load(Paths.sampleAgenda)

    /// A state with an agenda open in the goals view.
    static func state(_ agenda: Agenda = sample, width: Int = 80, height: Int = 24, language: Language = .english,
                      path: String = "Agendas/hemispheric-agenda.json") -> AppState {
        var state = AppState(size: Size(width: width, height: height), language: language, today: today, hasColor: false,
                             screen: .loading(path: path))
        _ = Reducer.reduce(&state, .loaded(path: path, .success(agenda)))
        return state
    }

    /// Sends keys to the reducer, returning the effects of the last one; a search of the goals' long
    /// texts runs at once, as the loop runs it after the frame.
    @discardableResult
    static func press(_ keys: [Key], _ state: inout AppState) -> [Effect] {
        var effects: [Effect] = []
        for key in keys {
            effects = Reducer.reduce(&state, .input(.key(key)))
            for case .searchBodies(let search) in effects {
                _ = Reducer.reduce(&state, .bodiesSearched(search: search.search, search.run()))
            }
        }
        return effects
    }

    /// Types text into whatever takes characters.
    static func type(_ text: String, _ state: inout AppState) {
        press(text.map { Key.character($0) }, &state)
    }

    /// The screen as plain text.
    static func screen(_ state: AppState) -> String {
        Renderer.render(state).plainText
    }

    /// The open agenda screen of a state.
    static func agendaScreen(_ state: AppState) -> AgendaScreen? {
        state.shownAgenda
    }

    /// The selected goal's title, if a goal is selected.
    static func selectedTitle(_ state: AppState) -> String? {
        guard let screen = agendaScreen(state), case .goal(let index, _, _, _)? = screen.goals.selectedRow else { return nil }
        return screen.document.agenda.goals[index].title
    }
}
