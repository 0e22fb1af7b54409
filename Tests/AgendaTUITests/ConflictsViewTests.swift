import AgendaModel
@testable import AgendaTUI
import Foundation
import Testing
import TerminalWidgets
import TestSupport

/// The conflicts view: open conflicts listed with both values, settled by a choice that is saved and
/// undone like any edit.
@Suite struct ConflictsViewTests {
    /// The sample after a merge of two copies that set one goal's status differently, and one that
    /// deleted a goal the other changed.
    static let merged: Agenda = {
        let base = TUI.sample
        let first = base.goals[1].id, second = base.goals[5].id
        let morning = Date(timeIntervalSince1970: 1_795_000_000), noon = morning.addingTimeInterval(3_600)
        var ours = base, theirs = base
        try! ours.apply([.setGoal(id: first, .status(.blocked)), .deleteGoal(id: second)], by: "Ana", at: morning)
        try! theirs.apply([.setGoal(id: first, .status(.achieved)), .setGoal(id: second, .progress(80))], by: "Luis", at: noon)
        return Agenda.merge(base: base, ours: ours, theirs: theirs).agenda
    }()

    @Test func theViewListsTheOpenConflictsAndOnlyThenShowsAmongTheViews() {
        var plain = TUI.state(width: 100, height: 30)
        #expect(!TUI.screen(plain).contains("Conflicts"))
        TUI.press([.character("5"), .tab], &plain)
        #expect(TUI.agendaScreen(plain)?.view == .goals)

        var state = TUI.state(Self.merged, width: 100, height: 30)
        #expect(TUI.screen(state).split(separator: "\n")[0].hasSuffix(" 6 (2)"))
        TUI.press([.character("6")], &state)
        #expect(state.keyContext == .mergeConflicts)
        let text = TUI.screen(state)
        #expect(text.contains("2 open conflicts"))
        #expect(text.contains("changed differently in two copies"))
        #expect(text.contains("achieved — Luis"))
        #expect(text.contains("▸ achieved"))  // the later change holds the field
        #expect(text.contains("blocked — Ana"))
        // The key bar and help come from the same table.
        #expect(text.contains("Enter choose"))
        TUI.press([.character("5"), .tab], &state)
        #expect(TUI.agendaScreen(state)?.view == .conflicts)
    }

    @Test func choosingASideSettlesTheConflictSavesItAndUndoBringsItBack() throws {
        var state = TUI.state(Self.merged, width: 100, height: 30)
        let goal = try #require(Self.merged.conflicts.first { $0.field == "status" }?.id)
        TUI.press([.character("6")], &state)
        let statusRow = try #require(Self.merged.conflicts.firstIndex { $0.field == "status" })
        TUI.press(Array(repeating: .down, count: statusRow) + [.enter], &state)
        guard case .menu(let menu)? = state.overlay else { Issue.record("no menu"); return }
        #expect(menu.title == "Keep which value of \(goal) status?")
        #expect(menu.items.map(\.label).contains { $0.hasPrefix("blocked — Ana") })
        let blocked = try #require(menu.items.firstIndex { $0.label.hasPrefix("blocked") })
        let from = menu.selection
        let effects = TUI.press(Array(repeating: blocked > from ? .down : .up, count: abs(blocked - from)) + [.enter], &state)
        #expect(effects.contains { if case .save = $0 { true } else { false } })
        let screen = try #require(TUI.agendaScreen(state))
        #expect(screen.document.agenda.goal(goal)?.status == .blocked)
        #expect(screen.document.agenda.conflicts.count == 1)
        #expect(state.message == "Settled: \(goal) status = blocked")
        TUI.press([.character("u")], &state)
        #expect(TUI.agendaScreen(state)?.document.agenda.conflicts == Self.merged.conflicts)
        #expect(TUI.agendaScreen(state)?.document.agenda.goal(goal)?.status == .achieved)
    }

    @Test func aGoalDeletedInOneCopyOffersToDeleteItOrKeepIt() throws {
        var state = TUI.state(Self.merged, width: 100, height: 30)
        TUI.press([.character("6")], &state)
        let row = try #require(Self.merged.conflicts.firstIndex { $0.isAboutWholeGoal })
        TUI.press(Array(repeating: .down, count: row) + [.enter], &state)
        guard case .menu(let menu)? = state.overlay else { Issue.record("no menu"); return }
        #expect(Set(menu.items.map { $0.label.components(separatedBy: " —").first! }).isSuperset(of: ["delete it"]))
        #expect(menu.items.contains { $0.label.hasPrefix("keep it, with its changes — Luis") && $0.label.hasSuffix("now") })
    }

    @Test func aGoalWithAConflictSaysSoInItsDetail() throws {
        var state = TUI.state(Self.merged, width: 100, height: 40)
        let conflict = try #require(Self.merged.conflicts.first { $0.field == "status" })
        let title = try #require(Self.merged.goal(conflict.id)?.title)
        for _ in 0..<20 where TUI.selectedTitle(state) != title { TUI.press([.down], &state) }
        #expect(TUI.selectedTitle(state) == title)
        #expect(TUI.screen(state).contains("⚠ 1 conflict: status (6)"))
    }

    static let sizes = [(80, 24), (120, 40), (40, 12)]

    @Test(arguments: sizes)
    func snapshot(width: Int, height: Int) {
        var state = TUI.state(Self.merged, width: width, height: height)
        TUI.press([.character("6")], &state)
        Snapshot.assert(TUI.screen(state), named: "merge-conflicts-\(width)x\(height)")
    }
}
