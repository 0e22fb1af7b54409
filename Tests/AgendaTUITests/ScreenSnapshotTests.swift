import AgendaModel
@testable import AgendaTUI
import Testing
import TerminalWidgets
import TestSupport

/// The screens as plain text at 80x24, 120x40 and 40x12, compared with the snapshot files.
@Suite struct ScreenSnapshotTests {
    static let sizes = [(80, 24), (120, 40), (40, 12)]

    @Test(arguments: sizes)
    func goalsView(width: Int, height: Int) {
        let state = TUI.state(width: width, height: height)
        Snapshot.assert(TUI.screen(state), named: "goals-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func goalDetail(width: Int, height: Int) {
        var state = TUI.state(width: width, height: height)
        TUI.press([.down, .enter], &state)
        Snapshot.assert(TUI.screen(state), named: "detail-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func search(width: Int, height: Int) {
        var state = TUI.state(width: width, height: height)
        TUI.press([.character("/")], &state)
        TUI.type("michoacan", &state)
        Snapshot.assert(TUI.screen(state), named: "search-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func help(width: Int, height: Int) {
        var state = TUI.state(width: width, height: height)
        TUI.press([.character("?")], &state)
        Snapshot.assert(TUI.screen(state), named: "help-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func organizations(width: Int, height: Int) {
        var state = TUI.state(width: width, height: height)
        TUI.press([.character("2")], &state)
        Snapshot.assert(TUI.screen(state), named: "organizations-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func picker(width: Int, height: Int) {
        var state = AppState(size: Size(width: width, height: height), language: .english, today: TUI.today,
                             hasColor: false, screen: .loading(path: "Agendas"))
        let entries = [
            PickerEntry(path: "Agendas/hemispheric-agenda.json", title: TUI.sample.title, goals: TUI.sample.goals.count,
                        lastChange: TUI.sample.goals.map(\.updatedAt).max()),
            PickerEntry(path: "Agendas/comité-michoacán.json", title: "Agenda del Comité de Michoacán 🇲🇽", goals: 12,
                        lastChange: Timestamp.parse("2026-10-02T10:00:00Z")),
            PickerEntry(path: "Agendas/broken.json", title: nil, goals: 0, lastChange: nil,
                        problem: "3:14: expected ',' or '}' after a member"),
        ]
        _ = Reducer.reduce(&state, .listed(folder: "Agendas", entries))
        Snapshot.assert(TUI.screen(state), named: "picker-\(width)x\(height)")
    }
}
