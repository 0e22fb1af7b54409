@testable import AgendaLocalization
import AgendaModel
@testable import AgendaTUI
import Foundation
import Testing
import TerminalWidgets
import TestSupport

/// Meetings on small screens: columns that give way whole, texts cut with an ellipsis, the kind of a
/// turn never cut, the presenter shown live.
@Suite struct MeetingScreenTests {
    func state(_ agenda: Agenda = SessionFixtures.runAgenda(), width: Int, height: Int, language: Language = .english) -> AppState {
        var state = TUI.state(agenda, width: width, height: height, language: language, path: "/tmp/agenda.json")
        state.now = SessionFixtures.time(16)
        if case .confirm? = state.overlay { TUI.press([.character("n")], &state) }
        return state
    }

    /// The run session with a long-named guest asking to reply for an organization with a long name.
    func longQueue() throws -> Agenda {
        var agenda = SessionFixtures.runAgenda()
        let federation = Organization(id: "zacatecan", name: "Zacatecan migrant federation of Southern California",
                                      country: "US", kind: .ngo)
        try agenda.apply(.addOrganization(federation), by: "F", at: SessionFixtures.time(15))
        try agenda.apply(.changeSession(id: "S-0001", .addSpeaker(Speaker(
            id: "P-4", name: "Juan Carlos Ramírez Villalobos", organization: "zacatecan", kind: .reply,
            addedAt: SessionFixtures.time(15)))), by: "F", at: SessionFixtures.time(15))
        return agenda
    }

    func lines(_ state: AppState) -> [String] {
        TUI.screen(state).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test(arguments: [(40, 12), (34, 12), (30, 12), (50, 14), (80, 24)])
    func aSessionsColumnThatDoesNotFitGivesWayWhole(width: Int, height: Int) {
        var state = state(width: width, height: height)
        TUI.press([.character("3")], &state)
        let screen = lines(state)
        let row = screen.first { $0.contains("Asamblea") } ?? ""
        // The planned time shows whole or not at all: never "35:" or "35".
        #expect(row.hasSuffix("35:00") || !row.contains("35"), "\(row)")
        let heading = screen.first { $0.contains("Title") } ?? ""
        #expect(heading.hasSuffix("Planned") || !heading.contains("Plan"), "\(heading)")
        // The title keeps room, cut with an ellipsis.
        #expect(row.contains("Asamblea de Morelia") || row.contains("…"), "\(row)")
        if width >= 40 { #expect(row.hasSuffix("35:00") && heading.hasSuffix("Planned"), "\(row)") }
    }

    @Test(arguments: [(40, 12), (60, 20), (100, 30)])
    func theKindOfTurnIsNeverCutInTheSpeakerQueue(width: Int, height: Int) throws {
        var state = state(try longQueue(), width: width, height: height)
        TUI.press([.character("3"), .character("L")], &state)
        let row = try #require(lines(state).first { $0.contains("2. Juan") }, "\(TUI.screen(state))")
        #expect(row.contains("Juan") && row.hasSuffix("· reply"), "\(row)")
        if !row.contains("Zacatecan migrant federation of Southern California") { #expect(row.contains("…"), "\(row)") }
    }

    @Test func theKindOfTurnShowsInTheInterfacesLanguage() throws {
        var state = state(try longQueue(), width: 40, height: 12, language: .spanish)
        TUI.press([.character("3"), .character("L")], &state)
        let text = TUI.screen(state)
        #expect(text.contains("1. Ana · moción de orden"), "\(text)")
        let row = try #require(lines(state).first { $0.contains("2. Juan") }, "\(text)")
        #expect(row.hasSuffix("…) · réplica") || row.hasSuffix("… · réplica"), "\(row)")
    }

    @Test func theCurrentSpeakersKindShowsToo() throws {
        var state = state(try longQueue(), width: 60, height: 20)
        TUI.press([.character("3"), .character("L"), .character("x")], &state)
        let text = TUI.screen(state)
        #expect(text.contains("🎤 Ana · point of order"), "\(text)")
    }

    @Test(arguments: [(40, 12), (80, 24), (100, 30)])
    func thePresenterOfTheCurrentItemShowsLive(width: Int, height: Int) throws {
        var state = state(SessionFixtures.agenda(), width: width, height: height)
        TUI.press([.character("3"), .character("L")], &state)
        let text = TUI.screen(state)
        #expect(text.contains("Presenter: Leadership Committee"), "\(text)")
        TUI.press([.character("P")], &state)
        #expect(TUI.screen(state).contains("Presenter: Leadership"), "\(TUI.screen(state))")
    }
}
