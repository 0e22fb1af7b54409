@testable import AgendaLocalization
import AgendaModel
import AgendaReports
@testable import AgendaTUI
import Foundation
import Testing
import TerminalWidgets
import TestSupport

/// The activity view lists what sessions recorded and names undos; it filters by kind.
@Suite struct ActivityViewTests {
    func state(_ agenda: Agenda = SessionFixtures.agenda()) -> AppState {
        var state = TUI.state(agenda, width: 120, height: 30, path: "/tmp/agenda.json")
        state.who = "Facilitadora"
        state.now = Fixtures.time
        return state
    }

    @Test func aDecisionTakenLiveIsInActivityFilteredByKindAndInTheNextReport() throws {
        var state = state()
        TUI.press([.character("3"), .character("L"), .character(" "), .character("d")], &state)
        TUI.type("Apoyar la reforma migratoria", &state)
        TUI.press([.enter, .escape, .escape, .character("5")], &state)
        #expect(state.keyContext == .activity)
        #expect(TUI.screen(state).contains("S-0001   decision: Apoyar la reforma migratoria  · Asamblea de Morelia"), "\(TUI.screen(state))")
        #expect(TUI.screen(state).contains("session started  · Asamblea de Morelia"))
        // The filter's last criterion is the kind: decisions only.
        TUI.press([.character("f"), .down, .down, .down, .down, .enter], &state)
        TUI.press([.down, .down, .down, .down, .enter], &state)
        #expect(TUI.agendaScreen(state)?.activity.filter.kinds == [.decision])
        #expect(TUI.screen(state).contains("1 change · Filter: decisions"), "\(TUI.screen(state))")
        // Enter on it shows its item's goal.
        TUI.press([.enter], &state)
        #expect(TUI.agendaScreen(state)?.view == .goals)
        let agenda = try #require(TUI.agendaScreen(state)?.document.agenda)
        let report = ProgressReport(agenda: agenda, strings: Strings(.english), today: Day(Fixtures.time)).markdown()
        #expect(report.contains("## Meetings\n\n### Jan 15, 2026 · Asamblea de Morelia"), "\(report)")
        #expect(report.contains("- Apoyar la reforma migratoria — Train migrant leaders (G-0001)"), "\(report)")
    }

    @Test func anUndoShowsAsTheUndoOfTheChangeItReverses() {
        var state = state(Fixtures.agenda())
        TUI.press([.down, .character("+"), .character("u"), .control("r"), .character("5")], &state)
        let screen = TUI.screen(state)
        #expect(screen.contains("redone: progress: 40% → 50%"), "\(screen)")
        #expect(screen.contains("undone: progress: 40% → 50%"))
        #expect(!screen.contains("progress: 50% → 40%"))
    }

    @Test func aSpanishReaderReadsWordsAndNamesNotKeysAndIds() throws {
        var agenda = Fixtures.agenda()
        try agenda.apply([.setGoal(id: "G-0004", .priority(.high)), .setGoal(id: "G-0004", .level(.national)),
                          .linkOrganization(goal: "G-0004", organization: "michoacan-congress")], by: "Ana", at: Fixtures.time)
        var state = TUI.state(agenda, width: 120, height: 30, language: .spanish, path: "/tmp/agenda.json")
        TUI.press([.character("5")], &state)
        let screen = TUI.screen(state)
        #expect(screen.contains("prioridad: media → alta"), "\(screen)")
        #expect(screen.contains("nivel: + nacional"))
        #expect(screen.contains("organizaciones: + Congreso de Michoacán"))
    }
}
