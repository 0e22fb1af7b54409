@testable import AgendaLocalization
import AgendaModel
import AgendaStore
@testable import AgendaTUI
import Foundation
import Testing
import TerminalWidgets
import TestSupport

/// Saves, failures and retries, and changes made by others while the screen is open.
@Suite struct SavingTests {
    func state(path: String = "/tmp/agenda.json") -> AppState {
        var state = TUI.state(Fixtures.agenda(), path: path)
        state.who = "Ana"
        return state
    }

    func select(_ id: String, _ state: inout AppState) {
        GoalsFeature.refreshRows(&state.agenda!, keeping: "goal:" + id)
    }

    func report(_ agenda: Agenda, overwritten: [OverwrittenChange] = []) -> SaveReport {
        SaveReport(agenda: agenda, stamp: FileStamp(device: 1, inode: 2, size: 3, modifiedSeconds: 4, modifiedNanoseconds: 5),
                   rebase: RebaseReport(overwritten: overwritten))
    }

    @Test func aSavedEditShowsTheFileAsItNowIs() throws {
        var state = state()
        select("G-0004", &state)
        let effects = TUI.press([.character("+")], &state)
        guard case .save(let path, let pending, let who, _, _)? = effects.first else { Issue.record("no save"); return }
        #expect(path == "/tmp/agenda.json" && who == "Ana" && pending.count == 1)
        // On disk, someone had also changed another goal: the screen now shows both.
        var disk = Fixtures.agenda()
        try disk.apply(.setGoal(id: "G-0005", .status(.active)), by: "Lucía", at: Fixtures.time)
        _ = disk.rebase(pending, by: "Ana", at: Fixtures.time)
        state.now = Fixtures.time.addingTimeInterval(30)
        _ = Reducer.reduce(&state, .saved(path: path, .success(report(disk)), count: 1))
        let screen = try #require(TUI.agendaScreen(state))
        #expect(screen.editing.unsaved.isEmpty && screen.editing.lastSave == state.now)
        #expect(screen.document.agenda.goal("G-0005")?.status == .active)
        #expect(screen.document.agenda.goal("G-0004")?.progress == 20)
        #expect(TUI.selectedTitle(state) == "Fund the school")
        #expect(TUI.screen(state).contains("Ana · saved 12:00:30"))
    }

    @Test func aSaveThatCouldNotKeepABackupSaysSoOnce() throws {
        var state = state()
        select("G-0004", &state)
        let warning = "saved, but the version it replaced could not be kept as a backup: the disk is full"
        for round in 0..<2 {
            let effects = TUI.press([.character("+")], &state)
            guard case .save(let path, let pending, _, _, _)? = effects.first else { Issue.record("no save"); return }
            var disk = try #require(TUI.agendaScreen(state)?.editing.onDisk ?? Fixtures.agenda())
            _ = disk.rebase(pending, by: "Ana", at: Fixtures.time)
            var saved = report(disk)
            saved.warning = warning
            state.message = nil
            _ = Reducer.reduce(&state, .saved(path: path, .success(saved), count: 1))
            // The edit is saved; the warning shows the first time, not on every save after it.
            #expect(TUI.agendaScreen(state)?.editing.unsaved.isEmpty == true)
            #expect(state.message == (round == 0 ? warning : nil))
        }
    }

    @Test func aNewGoalWhoseIdWasTakenOnDiskKeepsItsUndoAndLeavesTheOtherGoalAlone() throws {
        var state = state()
        let effects = TUI.press([.character("n")] + "Escuela en Morelia".map { Key.character($0) } + [.enter], &state)
        guard case .save(let path, let pending, _, _, _)? = effects.first,
              case .createGoal(let created, _)? = pending.first?.edits.first else { Issue.record("no save"); return }
        // Meanwhile Lucía's copy added another goal under the same id; the save gives ours a new one.
        var disk = Fixtures.agenda()
        try disk.apply(.createGoal(Goal(id: created.id, title: "Taller en Zacatecas", area: "leadership", createdAt: Fixtures.time)),
                       by: "Lucía", at: Fixtures.time)
        let rebase = disk.rebase(pending, by: "Ana", at: Fixtures.time)
        let rename = try #require(rebase.renamed.first)
        _ = Reducer.reduce(&state, .saved(path: path, .success(SaveReport(agenda: disk, stamp: report(disk).stamp, rebase: rebase)),
                                          count: 1))
        #expect(state.message == "Another copy had used the id of your new goal; it is now \(rename.from) → \(rename.to)")
        let screen = try #require(TUI.agendaScreen(state))
        #expect(screen.document.agenda.goal(created.id)?.title == "Taller en Zacatecas")
        #expect(screen.document.agenda.goal(rename.to)?.title == "Escuela en Morelia")
        // Undo removes our goal, under its new id, and not Lucía's.
        TUI.press([.character("u")], &state)
        let after = try #require(TUI.agendaScreen(state)).document.agenda
        #expect(after.goal(rename.to) == nil && after.goal(created.id)?.title == "Taller en Zacatecas")
    }

    @Test func aFailedSaveKeepsTheEditSaysWhyRetriesAndWarnsOnQuit() throws {
        var state = state()
        select("G-0004", &state)
        let effects = TUI.press([.character("+")], &state)
        guard case .save(let path, _, _, _, _)? = effects.first else { Issue.record("no save"); return }
        let error = AgendaFileError(file: path, "cannot create a temporary file beside it: Permission denied; the file was not changed")
        _ = Reducer.reduce(&state, .saved(path: path, .failure(error), count: 1))
        var screen = try #require(TUI.agendaScreen(state))
        #expect(screen.editing.unsaved.count == 1)
        #expect(screen.document.agenda.goal("G-0004")?.progress == 20)
        #expect(state.message?.hasPrefix("Not saved: cannot create a temporary file beside it: Permission denied") == true)
        #expect(TUI.screen(state).contains("⚠ 1 not saved"))
        // A second edit goes into the same retry.
        let more = TUI.press([.character("+")], &state)
        guard case .save(_, let both, _, _, _)? = more.first else { Issue.record("no save"); return }
        #expect(both.count == 2)
        // Ticks retry after a while.
        state.now = state.now.addingTimeInterval(1)
        #expect(!Reducer.reduce(&state, .tick(now: state.now)).contains { if case .save = $0 { true } else { false } })
        _ = Reducer.reduce(&state, .saved(path: path, .failure(error), count: 2))
        let retry = Reducer.reduce(&state, .tick(now: state.now.addingTimeInterval(6)))
        #expect(retry.contains { if case .save(_, let pending, _, _, _) = $0 { pending.count == 2 } else { false } })
        // Quitting while the retry runs waits for it; it fails again, so quitting asks first.
        #expect(TUI.press([.character("q")], &state).isEmpty)
        #expect(state.message == "Saving… the program quits when the save ends.")
        #expect(Reducer.reduce(&state, .saved(path: path, .failure(error), count: 2)).isEmpty)
        #expect(state.keyContext == .confirm)
        #expect(TUI.screen(state).contains("2 changes are not saved"))
        TUI.press([.character("n")], &state)
        screen = try #require(TUI.agendaScreen(state))
        #expect(screen.editing.unsaved.count == 2)
        #expect(TUI.press([.character("q"), .character("y")], &state) == [.quit])
    }

    @Test func aChangeOnDiskReloadsKeepingSelectionScrollAndUnsavedEdits() throws {
        var state = TUI.state(TUI.sample, width: 80, height: 24, path: "/tmp/sample.json")
        TUI.press(Array(repeating: .down, count: 30), &state)
        let before = try #require(TUI.agendaScreen(state))
        let selected = TUI.selectedTitle(state)
        let line = before.goals.selection - before.goals.viewport.offset
        // Someone adds a goal at the top of the file and changes another.
        var disk = TUI.sample
        let first = disk.goals[0]
        try disk.apply(.createGoal(Goal(id: "G-NEW1", title: "Nueva meta de otra persona", area: first.area,
                                        createdAt: Fixtures.time), at: 0), by: "Lucía", at: Fixtures.time)
        try disk.apply(.setGoal(id: first.id, .progress(99)), by: "Lucía", at: Fixtures.time)
        let stamp = FileStamp(device: 1, inode: 9, size: 1, modifiedSeconds: 1, modifiedNanoseconds: 1)
        _ = Reducer.reduce(&state, .changedOnDisk(path: "/tmp/sample.json", disk, stamp: stamp))
        let after = try #require(TUI.agendaScreen(state))
        #expect(TUI.selectedTitle(state) == selected)
        #expect(after.goals.selection - after.goals.viewport.offset == line)
        #expect(after.document.agenda.goal(first.id)?.progress == 99)
        #expect(after.document.agenda.goal("G-NEW1") != nil)
        #expect(state.message == "The file changed on disk; the screen shows it now.")
        #expect(after.editing.stamp == stamp)
    }

    @Test func conflictsShowBothValues() throws {
        var state = state()
        select("G-0001", &state)
        let effects = TUI.press([.character("s"), .down, .enter], &state)
        guard case .save(let path, _, _, _, _)? = effects.first else { Issue.record("no save"); return }
        let conflict = OverwrittenChange(goal: "G-0001", field: "status", ours: "blocked", theirs: "achieved", theirsBy: "Lucía")
        _ = Reducer.reduce(&state, .saved(path: path, .success(report(TUI.agendaScreen(state)!.document.agenda,
                                                                       overwritten: [conflict])), count: 1))
        #expect(state.keyContext == .overwritten)
        let text = TUI.screen(state)
        #expect(text.contains("G-0001 · status"))
        #expect(text.contains("yours: blocked"))
        #expect(text.contains("in the file: achieved (by Lucía)"))
        TUI.press([.escape], &state)
        #expect(state.overlay == nil)
    }

    @Test func oneSaveRunsAtATimeAndQuittingWaitsForIt() throws {
        var state = state()
        select("G-0004", &state)
        let first = TUI.press([.character("+")], &state)
        guard case .save(let path, let pending, _, _, let known)? = first.first else { Issue.record("no save"); return }
        // This screen was opened with no stamp, so no version on disk is known yet.
        #expect(pending.count == 1 && known == nil)
        // A second edit while the first save runs is not saved at once, nor twice.
        #expect(TUI.press([.character("+")], &state).isEmpty)
        #expect(TUI.agendaScreen(state)?.editing.unsaved.count == 2)
        // Nor is the file watched meanwhile: the change on disk is this save's own.
        #expect(Reducer.reduce(&state, .tick(now: state.now.addingTimeInterval(10))).isEmpty)
        // The first save ends: the second edit goes at once, on the version just written.
        var disk = Fixtures.agenda()
        _ = disk.rebase(pending, by: "Ana", at: Fixtures.time)
        let next = Reducer.reduce(&state, .saved(path: path, .success(report(disk)), count: 1))
        guard case .save(_, let rest, _, _, let knownNow)? = next.first else { Issue.record("no second save"); return }
        #expect(rest.count == 1 && knownNow?.agenda == disk && knownNow?.stamp == report(disk).stamp)
        // Quit while it runs: the program waits, then quits once everything is on disk.
        #expect(TUI.press([.character("q")], &state).isEmpty)
        #expect(state.overlay == nil && !state.isQuitting)
        _ = disk.rebase(rest, by: "Ana", at: Fixtures.time)
        #expect(Reducer.reduce(&state, .saved(path: path, .success(report(disk)), count: 1)) == [.quit])
        #expect(TUI.agendaScreen(state)?.document.agenda.goal("G-0004")?.progress == 30)
    }

    @Test func theLoopSavesToDiskAndNoticesOthersChanges() throws {
        let folder = TemporaryFolder()
        let path = folder.file("agenda.json")
        try FileAgendaStore().create(Fixtures.agenda(), at: path)
        // Keys: select G-0004 (the fourth goal row), raise its progress; then, while the loop waits,
        // another process changes G-0005; the next tick shows it.
        let terminal = FakeTerminal(width: 80, height: 24, events: [
            .key(.down), .key(.down), .key(.down), .key(.down), .key(.character("+")),
        ])
        final class Clock: @unchecked Sendable { var now = Fixtures.time }
        let clock = Clock()
        let runner = AppRunner(backend: terminal, store: FileAgendaStore(), language: .english, who: "Ana",
                               clock: { clock.now })
        terminal.onEmpty = {
            // Saves run beside the loop: once this one is on disk, someone else changes the file.
            let deadline = Date().addingTimeInterval(10)
            while (try? FileAgendaStore().load(path).goal("G-0004")?.progress) != 20, Date() < deadline {
                Thread.sleep(forTimeInterval: 0.01)
            }
            try? FileAgendaStore().update(path) { (agenda: inout Agenda) throws(AgendaFileError) in
                _ = try? agenda.apply(.setGoal(id: "G-0005", .status(.active)), by: "Lucía", at: Fixtures.time)
            }
            clock.now = clock.now.addingTimeInterval(2)
        }
        terminal.idleAfterEmpty = 3
        #expect(runner.run(.file(path)) == 0)
        let disk = try FileAgendaStore().load(path)
        #expect(disk.goal("G-0004")?.progress == 20)
        #expect(disk.goal("G-0004")?.history.last?.by == "Ana")
        #expect(disk.goal("G-0005")?.status == .active)
        #expect(terminal.presented.contains { $0.plainText.contains("The file changed on disk") })
    }
}
