@testable import AgendaLocalization
import AgendaModel
@testable import AgendaTUI
import Foundation
import Testing
import TerminalWidgets
import TestSupport

/// A closed session: its record on screen, its minutes, and reopening it only when asked.
@Suite struct ClosedSessionTests {
    /// The run session of the fixtures, closed at minute 30, in the sessions view.
    func state(width: Int = 100, height: Int = 30, language: Language = .english) throws -> AppState {
        var state = TUI.state(try closedAgenda(), width: width, height: height, language: language, path: "/tmp/agenda.json")
        state.who = "Facilitadora"
        state.now = SessionFixtures.time(40)
        TUI.press([.character("3")], &state)
        return state
    }

    func closedAgenda() throws -> Agenda {
        var agenda = SessionFixtures.runAgenda()
        try agenda.apply(.changeSession(id: "S-0001", .end), by: "Facilitadora", at: SessionFixtures.time(30))
        return agenda
    }

    func session(_ state: AppState) -> Session? {
        TUI.agendaScreen(state)?.document.agenda.session("S-0001")
    }

    /// The key-hint bar: the screen's last line.
    func keyBar(_ state: AppState) -> String {
        TUI.screen(state).split(separator: "\n", omittingEmptySubsequences: false).last { !$0.isEmpty }.map(String.init) ?? ""
    }

    @Test func aClosedSessionShowsWhatItDecidedVotedAndAssigned() throws {
        var state = try state()
        // The sessions view's pane shows the record too.
        #expect(TUI.screen(state).contains("Results of Asamblea de Morelia") || state.layout.detail == nil)
        TUI.press([.enter], &state)
        let text = TUI.screen(state)
        #expect(text.contains("Results of Asamblea de Morelia"), "\(text)")
        #expect(text.contains("✓ closed Jan 15, 2026 12:30"), "\(text)")
        #expect(text.contains("Abrir la escuela a jóvenes organizadoras"), "\(text)")
        #expect(text.contains("¿Aprobar el presupuesto? 14 for, 3 against and 2 abstentions. Result: carried."), "\(text)")
        #expect(text.contains("G-ACT1 Enviar la carta al Congreso de Michoacán (Comité Legislativo)"), "\(text)")
        #expect(text.contains("Nothing was recorded on this item."), "\(text)")
        // Only what a closed session allows: its minutes, reopening it.
        let bar = keyBar(state)
        #expect(bar.contains("m minutes") && bar.contains("L reopen"), "\(bar)")
        #expect(!bar.contains("a add") && !bar.contains("+ time") && !bar.contains("clock"), "\(bar)")
        let before = session(state)
        TUI.press([.character("a"), .character("+"), .character("d")], &state)
        #expect(state.overlay == nil && session(state) == before)
        // m writes its minutes again, from the agenda as it is.
        let effects = TUI.press([.character("m")], &state)
        #expect(effects == [.writeMinutes(path: "/tmp/agenda.json", session: "S-0001", language: .english,
                                          agenda: try #require(TUI.agendaScreen(state)).document.agenda)])
    }

    @Test func aClosedSessionOpenedLiveShowsItsRecordToo() throws {
        var state = AppState(size: Size(width: 100, height: 30), language: .english, today: TUI.today, hasColor: false,
                             screen: .loading(path: "/tmp/agenda.json"), who: "F", now: SessionFixtures.time(40))
        state.openSession = "S-0001"
        _ = Reducer.reduce(&state, .loaded(path: "/tmp/agenda.json", .success(try closedAgenda())))
        #expect(TUI.screen(state).contains("Results of Asamblea de Morelia"))
        #expect(keyBar(state).contains("L reopen"))
    }

    @Test func aClosedSessionReopensOnlyWhenAsked() throws {
        var state = try state()
        let closed = try #require(session(state))
        TUI.press([.enter, .character(" ")], &state)
        #expect(session(state) == closed && state.overlay == nil)
        TUI.press([.character("L")], &state)
        var text = TUI.screen(state)
        #expect(text.contains("Reopen the session?"), "\(text)")
        #expect(text.contains("its minutes were written then") && text.contains("written again."), "\(text)")
        TUI.press([.character("n")], &state)
        #expect(session(state) == closed)
        TUI.press([.character("L"), .character("y")], &state)
        let reopened = try #require(session(state))
        #expect(reopened.state == .live && reopened.endedAt == nil)
        #expect(state.keyContext == .live)
        #expect(!reopened.items.contains { $0.clock.isRunning })
        // Its undo says what it undoes, whole.
        TUI.press([.character("u")], &state)
        #expect(state.message == "Undid: reopening of the session")
        #expect(session(state) == closed)
        // L in the sessions view asks too.
        TUI.press([.escape], &state)
        #expect(state.keyContext == .sessions)
        TUI.press([.character("L")], &state)
        text = TUI.screen(state)
        #expect(text.contains("Reopen the session?"), "\(text)")
        TUI.press([.escape], &state)
        #expect(session(state) == closed)
    }

    /// Undoing a change made in a meeting says which, in words, not "1 change to".
    @Test func undoingAMeetingsChangeSaysWhichChange() throws {
        var state = TUI.state(SessionFixtures.agenda(), width: 100, height: 30, path: "/tmp/agenda.json")
        state.now = Fixtures.time
        TUI.press([.character("3"), .character("L"), .character(" "), .character("]")], &state)
        TUI.press([.character("u")], &state)
        #expect(state.message == "Undid: move on to item 2")
        TUI.press([.character("u")], &state)
        #expect(state.message == "Undid: start of item 1's clock")
        TUI.press([.control("r")], &state)
        #expect(state.message?.contains("start of item 1's clock") == true)
    }
}

/// A meeting left live, as by a program killed in its middle, is announced when the agenda opens.
@Suite struct InterruptedSessionTests {
    func opened(_ agenda: Agenda, openSession: String? = nil, language: Language = .english) -> AppState {
        var state = AppState(size: Size(width: 100, height: 30), language: language, today: TUI.today, hasColor: false,
                             screen: .loading(path: "/tmp/agenda.json"), who: "F", now: SessionFixtures.time(20))
        state.openSession = openSession
        _ = Reducer.reduce(&state, .loaded(path: "/tmp/agenda.json", .success(agenda)))
        return state
    }

    @Test func aSessionStillLiveIsAnnouncedAndResumedWithOneKey() throws {
        var state = opened(SessionFixtures.runAgenda())
        let text = TUI.screen(state)
        #expect(text.contains("Resume the live meeting?"), "\(text)")
        #expect(text.contains("“Asamblea de Morelia” (Jan 15, 2026) is still live"), "\(text)")
        #expect(text.contains("at item 2 of 3"), "\(text)")
        TUI.press([.character("y")], &state)
        #expect(state.keyContext == .live)
        #expect(TUI.screen(state).contains("▶ 2/3 Vote from abroad in Michoacán (G-0005)"))
        // No: the goals view, as always; the session waits in the sessions view.
        state = opened(SessionFixtures.runAgenda())
        TUI.press([.character("n")], &state)
        #expect(state.keyContext == .goals && state.overlay == nil)
    }

    @Test func theAnnouncementSpeaksTheInterfacesLanguageAndItsYesKey() throws {
        var state = opened(SessionFixtures.runAgenda(), language: .spanish)
        #expect(TUI.screen(state).contains("¿Retomar la sesión en curso?"))
        TUI.press([.character("s")], &state)
        #expect(state.keyContext == .live)
    }

    @Test func nothingIsAskedWithoutALiveSessionOrWhenOneIsRunOnPurpose() throws {
        #expect(opened(SessionFixtures.agenda()).overlay == nil)
        let run = opened(SessionFixtures.runAgenda(), openSession: "S-0001")
        #expect(run.overlay == nil && run.keyContext == .live)
    }
}
