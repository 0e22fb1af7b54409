@testable import AgendaLocalization
import AgendaModel
import AgendaStore
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
        TUI.press([.down, .character("v")], &state)
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
    func people(width: Int, height: Int) {
        var state = TUI.state(width: width, height: height)
        TUI.press([.character("2"), .character("2")], &state)
        Snapshot.assert(TUI.screen(state), named: "people-\(width)x\(height)")
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

/// The editing screens as plain text at 80x24 and 40x12: the editor, the menus, the confirmations.
@Suite struct EditingSnapshotTests {
    static let sizes = [(80, 24), (40, 12)]

    /// The sample open with its second goal (a goal with sub-goals) selected.
    func state(_ width: Int, _ height: Int) -> AppState {
        var state = TUI.state(width: width, height: height)
        state.who = "Comité de Organización"
        TUI.press([.down, .down], &state)
        return state
    }

    @Test(arguments: sizes)
    func goalEditor(width: Int, height: Int) {
        var state = state(width, height)
        TUI.press([.enter, .tab, .tab, .tab, .control("u")], &state)
        TUI.type("150", &state)
        TUI.press([.tab], &state)
        Snapshot.assert(TUI.screen(state), named: "editor-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func statusMenu(width: Int, height: Int) {
        var state = state(width, height)
        TUI.press([.character("s")], &state)
        Snapshot.assert(TUI.screen(state), named: "status-menu-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func moveMenu(width: Int, height: Int) {
        var state = state(width, height)
        TUI.press([.character("m")], &state)
        TUI.type("vote", &state)
        Snapshot.assert(TUI.screen(state), named: "move-menu-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func deleteConfirmation(width: Int, height: Int) {
        var state = state(width, height)
        TUI.press([.character("d")], &state)
        Snapshot.assert(TUI.screen(state), named: "delete-confirmation-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func quickAdd(width: Int, height: Int) {
        var state = state(width, height)
        TUI.press([.character("n")], &state)
        TUI.type("Taller en Michoacán 👩🏽‍🌾", &state)
        Snapshot.assert(TUI.screen(state), named: "quick-add-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func note(width: Int, height: Int) {
        var state = state(width, height)
        TUI.press([.character("a")], &state)
        TUI.type("Primera línea", &state)
        TUI.press([.enter], &state)
        TUI.type("日本語 segunda", &state)
        Snapshot.assert(TUI.screen(state), named: "note-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func conflicts(width: Int, height: Int) {
        var state = state(width, height)
        state.overlay = .overwritten([OverwrittenChange(goal: "G-27G0", field: "status", ours: "blocked", theirs: "achieved",
                                                  theirsBy: "Lucía Hernández")])
        Snapshot.assert(TUI.screen(state), named: "conflicts-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func organizationEditor(width: Int, height: Int) {
        var state = state(width, height)
        TUI.press([.character("2"), .character("n")], &state)
        TUI.type("Bad Id", &state)
        TUI.press([.tab], &state)
        Snapshot.assert(TUI.screen(state), named: "organization-editor-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func removeOrganizationConfirmation(width: Int, height: Int) {
        var state = state(width, height)
        TUI.press([.character("2"), .character("d")], &state)
        Snapshot.assert(TUI.screen(state), named: "remove-organization-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func discardConfirmation(width: Int, height: Int) {
        var state = state(width, height)
        TUI.press([.enter], &state)
        TUI.type(" — Morelia", &state)
        TUI.press([.escape], &state)
        Snapshot.assert(TUI.screen(state), named: "discard-confirmation-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func quitWithUnsavedEdits(width: Int, height: Int) {
        var state = state(width, height)
        TUI.press([.character("+")], &state)
        _ = Reducer.reduce(&state, .saved(path: "Agendas/hemispheric-agenda.json",
                                          .failure(AgendaFileError(file: "Agendas/hemispheric-agenda.json",
                                                                   "the file is read-only")), count: 1))
        TUI.press([.character("q")], &state)
        Snapshot.assert(TUI.screen(state), named: "quit-unsaved-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func ownersPickList(width: Int, height: Int) {
        var state = state(width, height)
        TUI.press([.enter], &state)
        guard let owners = TUI.agendaScreen(state)?.form?.fields.firstIndex(where: { $0.name == "owners" }) else {
            Issue.record("no owners field")
            return
        }
        TUI.press(Array(repeating: .tab, count: owners) + [.enter], &state)
        TUI.type("comm", &state)
        Snapshot.assert(TUI.screen(state), named: "owners-\(width)x\(height)")
    }
}

/// The session screens as plain text at 80x24 and 120x40: the sessions view, live mode before,
/// during (with and without someone speaking) and over the timebox, and the presenter screen.
@Suite struct SessionSnapshotTests {
    static let sizes = [(80, 24), (120, 40)]

    func state(_ agenda: Agenda, _ width: Int, _ height: Int, at minutes: Double) -> AppState {
        var state = TUI.state(agenda, width: width, height: height, path: "/tmp/agenda.json")
        state.now = SessionFixtures.time(minutes)
        // A session left live is announced on opening (see InterruptedSessionTests): answered no here.
        if case .confirm? = state.overlay { TUI.press([.character("n")], &state) }
        return state
    }

    @Test(arguments: sizes)
    func sessionsView(width: Int, height: Int) {
        var state = state(SessionFixtures.runAgenda(), width, height, at: 16)
        TUI.press([.character("3")], &state)
        Snapshot.assert(TUI.screen(state), named: "sessions-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func liveBeforeTheStart(width: Int, height: Int) {
        var state = state(SessionFixtures.agenda(), width, height, at: 0)
        TUI.press([.character("3"), .character("L")], &state)
        Snapshot.assert(TUI.screen(state), named: "live-before-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func liveDuringAnItem(width: Int, height: Int) {
        var state = state(SessionFixtures.runAgenda(), width, height, at: 16)
        TUI.press([.character("3"), .character("L")], &state)
        Snapshot.assert(TUI.screen(state), named: "live-during-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func liveOverTheTimebox(width: Int, height: Int) {
        var state = state(SessionFixtures.runAgenda(), width, height, at: 35)
        TUI.press([.character("3"), .character("L")], &state)
        Snapshot.assert(TUI.screen(state), named: "live-over-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func liveWithASpeaker(width: Int, height: Int) {
        var state = state(SessionFixtures.runAgenda(), width, height, at: 16)
        TUI.press([.character("3"), .character("L"), .character("a")], &state)
        TUI.type("jes", &state)
        TUI.press([.tab, .enter, .enter, .character("x")], &state)  // Jesús waits; Ana's point of order has the floor
        _ = Reducer.reduce(&state, .tick(now: SessionFixtures.time(17.5)))
        Snapshot.assert(TUI.screen(state), named: "live-speaking-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func presenter(width: Int, height: Int) {
        var state = state(SessionFixtures.runAgenda(), width, height, at: 35)
        TUI.press([.character("3"), .character("L"), .character("P")], &state)
        Snapshot.assert(TUI.screen(state), named: "presenter-\(width)x\(height)")
    }
}

/// The dashboard and activity views as plain text at 80x24, 120x40 and 40x12.
@Suite struct ReviewSnapshotTests {
    static let sizes = [(80, 24), (120, 40), (40, 12)]

    @Test(arguments: sizes)
    func dashboard(width: Int, height: Int) {
        var state = TUI.state(width: width, height: height)
        TUI.press([.character("4")], &state)
        Snapshot.assert(TUI.screen(state), named: "dashboard-\(width)x\(height)")
    }

    @Test(arguments: sizes)
    func activity(width: Int, height: Int) {
        var state = TUI.state(width: width, height: height)
        TUI.press([.character("5")], &state)
        Snapshot.assert(TUI.screen(state), named: "activity-\(width)x\(height)")
    }
}
