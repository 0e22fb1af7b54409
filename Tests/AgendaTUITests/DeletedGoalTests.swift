@testable import AgendaLocalization
import AgendaModel
@testable import AgendaTUI
import Foundation
import Testing
import TerminalWidgets
import TestSupport

/// A goal deleted on screen shows in Activity, and Enter on it brings it back, as an edit undone by `u`.
@Suite struct DeletedGoalTests {
    func state(language: Language = .english) -> AppState {
        var state = TUI.state(Fixtures.agenda(), width: 120, height: 30, language: language, path: "/tmp/agenda.json")
        state.who = "Ana"
        state.now = Fixtures.time.addingTimeInterval(3600)
        return state
    }

    /// Deletes G-0001 (with its two sub-goals) in the goals view and opens Activity.
    func deleteTheFirstGoal(_ state: inout AppState) {
        for _ in 0..<8 where TUI.selectedTitle(state) != "Train migrant leaders" { TUI.press([.down], &state) }
        #expect(TUI.selectedTitle(state) == "Train migrant leaders")
        TUI.press([.character("d"), .character("y"), .character("5")], &state)
        #expect(TUI.agendaScreen(state)?.agenda.goal("G-0001") == nil)
    }

    @Test func aDeletedGoalIsInActivityAndEnterBringsItBackWithItsSubGoals() throws {
        var state = state()
        deleteTheFirstGoal(&state)
        #expect(TUI.screen(state).contains("G-0001   Deleted G-0001 “Train migrant leaders”"), "\(TUI.screen(state))")
        TUI.press([.enter], &state)
        guard case .confirm(let confirm)? = state.overlay else { Issue.record("no confirmation"); return }
        #expect(confirm.title == "Bring this goal back?")
        #expect(confirm.lines == ["G-0001 “Train migrant leaders”, deleted by Ana on Jan 15, 2026, comes back as it was then.",
                                  "With it, 2 sub-goals."])
        TUI.press([.character("y")], &state)
        let agenda = try #require(TUI.agendaScreen(state)?.agenda)
        #expect(agenda.goal("G-0001") != nil && agenda.goal("G-0002") != nil && agenda.goal("G-0003") != nil)
        #expect(agenda.deletions.first?.restored?.by == "Ana")
        #expect(TUI.screen(state).contains("Deleted G-0001 “Train migrant leaders” — restored by Ana"), "\(TUI.screen(state))")
        #expect(TUI.screen(state).contains("restored “Train migrant leaders”"))
        // Enter again only says it is back.
        TUI.press([.enter], &state)
        #expect(state.overlay == nil)
        #expect(TUI.screen(state).contains("G-0001 is already in the agenda."))
        // The restore is undone like any edit.
        TUI.press([.character("u")], &state)
        let undone = try #require(TUI.agendaScreen(state)?.agenda)
        #expect(undone.goal("G-0001") == nil && undone.goal("G-0003") == nil)
        #expect(undone.deletions.first?.restored == nil)
        #expect(TUI.screen(state).contains("Undid: restoration of G-0001 “Train migrant leaders”"), "\(TUI.screen(state))")
        // And Ctrl-R brings it back again.
        TUI.press([.control("r")], &state)
        let redone = try #require(TUI.agendaScreen(state)?.agenda)
        #expect(redone.goal("G-0001") != nil && redone.goal("G-0003") != nil)
        #expect(redone.deletions.first?.restored?.by == "Ana")
    }

    @Test func whoRestoredAGoalStaysInViewOnANarrowScreen() throws {
        var agenda = Fixtures.agenda()
        try agenda.apply(.deleteGoal(id: "G-0005"), by: "Ana", at: Fixtures.time)
        try agenda.apply(.restoreGoal(id: "G-0005", deletedAt: Fixtures.time), by: "Luis", at: Fixtures.time)
        var state = TUI.state(agenda, width: 80, height: 24, path: "/tmp/agenda.json")
        TUI.press([.character("5")], &state)
        #expect(TUI.screen(state).contains("G-0005   Deleted G-0005 “… — restored by Luis"), "\(TUI.screen(state))")
    }

    @Test func theKeyBarAndHelpSayWhatEnterDoesInActivity() {
        var state = state()
        TUI.press([.character("5")], &state)
        #expect(TUI.screen(state).contains("Enter open/restore"), "\(TUI.screen(state))")
        TUI.press([.character("?")], &state)
        #expect(TUI.screen(state).contains("on a deleted goal, offer to"), "\(TUI.screen(state))")
    }

    @Test func aSpanishReaderReadsTheDeletionInSpanish() {
        var state = state(language: .spanish)
        deleteTheFirstGoal(&state)
        #expect(TUI.screen(state).contains("Eliminada G-0001 «Train migrant leaders»"), "\(TUI.screen(state))")
    }
}
