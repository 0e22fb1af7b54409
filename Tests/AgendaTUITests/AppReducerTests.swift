@testable import AgendaLocalization
import AgendaModel
import AgendaStore
@testable import AgendaTUI
import Foundation
import Testing
import TerminalWidgets
import TestSupport

/// Loading, the picker, failures, and the loop with a fake terminal.
@Suite struct AppReducerTests {
    func entries() -> [PickerEntry] {
        [PickerEntry(path: "a/one.json", title: "One", goals: 3, lastChange: nil),
         PickerEntry(path: "a/two.json", title: "Two", goals: 5, lastChange: nil)]
    }

    @Test func thePickerOpensTheChosenAgenda() {
        var state = AppState(size: Size(width: 80, height: 24), language: .english, today: TUI.today, hasColor: false,
                             screen: .loading(path: "a"))
        _ = Reducer.reduce(&state, .listed(folder: "a", entries()))
        #expect(state.keyContext == .picker)
        #expect(TUI.press([.down, .enter], &state) == [.load(path: "a/two.json")])
        _ = Reducer.reduce(&state, .loaded(path: "a/two.json", .success(Fixtures.agenda())))
        #expect(state.keyContext == .goals)
        // p lists the folder again, with the open agenda selected; Esc goes back to it.
        #expect(TUI.press([.character("p")], &state) == [.list(folder: "a")])
        _ = Reducer.reduce(&state, .listed(folder: "a", entries()))
        guard case .picker(let picker) = state.screen else { Issue.record("no picker"); return }
        #expect(picker.selection == 1)
        #expect(state.agenda?.document.path == "a/two.json")
        TUI.press([.escape], &state)
        #expect(state.keyContext == .goals)
    }

    @Test func aBrokenAgendaShowsItsErrorWithLineAndColumn() {
        var state = AppState(size: Size(width: 80, height: 24), language: .english, today: TUI.today, hasColor: false,
                             screen: .loading(path: "bad.json"))
        let error = AgendaFileError(file: "bad.json", "expected ',' or '}' after a member, found '\"'",
                                    at: SourcePosition(line: 12, column: 7))
        _ = Reducer.reduce(&state, .loaded(path: "bad.json", .failure(error)))
        #expect(state.keyContext == .failed)
        let text = TUI.screen(state)
        #expect(text.contains("This agenda could not be opened."))
        #expect(text.contains("bad.json:12:7: expected ',' or '}' after a member"))
        #expect(TUI.press([.character("q")], &state) == [.quit])
    }

    @Test func anAgendaShownBeforeItIsCheckedGivesWayToItsProblems() throws {
        let folder = TemporaryFolder()
        let path = folder.file("a.json")
        // Well-formed JSON, but a goal in an area that does not exist, one with progress 150, and two
        // goals each other's parent.
        var agenda = Fixtures.agenda()
        agenda.goals[0].area = "nowhere"
        agenda.goals[3].progress = 150
        agenda.goals[1].parent = "G-0003"
        try Data(JSONAgendaFormat().encode(agenda)).write(to: URL(fileURLWithPath: path))
        let runner = EffectRunner(store: FileAgendaStore())
        var state = AppState(size: Size(width: 100, height: 30), language: .english, today: TUI.today, hasColor: false,
                             screen: .loading(path: path))
        guard let loaded = runner.perform(.load(path: path)) else { Issue.record("nothing loaded"); return }
        let effects = Reducer.reduce(&state, loaded)
        // It shows at once (the list draws, whatever the problems)...
        #expect(state.keyContext == .goals)
        #expect(TUI.screen(state).contains("Fund the school"))
        #expect(effects == [.check(path: path, agenda)])
        // ...and the check right after puts the problems, with their places, in its stead.
        guard let checked = runner.perform(effects[0]) else { Issue.record("no check"); return }
        _ = Reducer.reduce(&state, checked)
        let screen = TUI.screen(state)
        #expect(state.keyContext == .failed)
        #expect(screen.contains("area 'nowhere' does not exist"), "\(screen)")
        #expect(screen.contains("progress 150 is out of range"), "\(screen)")
        #expect(screen.contains("parent forms a cycle"), "\(screen)")
        #expect(screen.contains(path + ":"), "\(screen)")
        // A valid agenda is checked and stays.
        var valid = AppState(size: Size(width: 100, height: 30), language: .english, today: TUI.today, hasColor: false,
                             screen: .loading(path: path))
        try FileManager.default.removeItem(atPath: path)
        try FileAgendaStore().create(Fixtures.agenda(), at: path)
        _ = Reducer.reduce(&valid, runner.perform(.load(path: path))!)
        _ = Reducer.reduce(&valid, runner.perform(.check(path: path, Fixtures.agenda()))!)
        #expect(valid.keyContext == .goals)
    }

    @Test func theLoopRendersEveryStepAndRestoresNothingItself() throws {
        let folder = TemporaryFolder()
        let path = folder.file("agenda.json")
        try FileAgendaStore().create(Fixtures.agenda(), at: path)
        let terminal = FakeTerminal(width: 80, height: 24, events: [
            .key(.character("/")), .key(.character("m")), .key(.character("i")), .key(.character("c")), .key(.character("h")),
            .key(.enter), .resize(width: 40, height: 12), .key(.character("q")),
        ])
        let runner = AppRunner(backend: terminal, store: FileAgendaStore(), language: .english, who: "Tester",
                               clock: { Fixtures.time })
        #expect(runner.run(.file(path)) == 0)
        #expect(terminal.presented.count >= 9)
        #expect(terminal.presented.contains { $0.plainText.contains("Search: mich") })
        #expect(terminal.presented.last?.width == 40)
        #expect(terminal.screen.contains("Vote from abroad in Mich"))
    }

    @Test func aFolderWithOneAgendaOpensIt() throws {
        let folder = TemporaryFolder()
        try FileAgendaStore().create(Fixtures.agenda(), at: folder.file("only.json"))
        let (state, effect) = AppRunner.initial(.folder(folder.path), size: Size(width: 80, height: 24), language: .english,
                                                now: Fixtures.time, hasColor: false)
        #expect(effect == .load(path: folder.file("only.json")))
        if case .loading = state.screen {} else { Issue.record("not loading") }
        try FileAgendaStore().create(Fixtures.agenda(), at: folder.file("second.json"))
        let (_, listing) = AppRunner.initial(.folder(folder.path), size: Size(width: 80, height: 24), language: .english,
                                             now: Fixtures.time, hasColor: false)
        #expect(listing == .list(folder: folder.path))
        let entries = EffectRunner.entries(in: folder.path, store: FileAgendaStore())
        #expect(entries.map(\.title) == ["Test agenda", "Test agenda"])
        #expect(entries.map(\.goals) == [5, 5])
    }
}
