import AgendaModel
import AgendaStore
import Foundation
import Testing
import TestSupport

/// A goal deleted in the real program, found in Activity and brought back, checked in the file on disk.
@Suite(.serialized) struct DeletionEndToEndTests {
    var agenda: String { "'" + Paths.agendaBinary + "'" }

    @Test func deleteAGoalSeeItInActivityAndBringItBack() throws {
        let folder = TemporaryFolder()
        let path = try folder.sampleCopy()
        let tmux = try TmuxSession(width: 100, height: 30, environment: ["AGENDA_USER": "Comité de Pruebas"])
        tmux.run(agenda + " '" + path + "'")
        #expect(tmux.waitFor("45 of 45 goals"), "\(tmux.screen())")
        tmux.send("Down")
        tmux.send("Down")
        tmux.send("d")
        #expect(tmux.waitFor("Delete this goal?"), "\(tmux.screen())")
        tmux.send("y")
        #expect(tmux.waitFor("42 of 42 goals"), "\(tmux.screen())")
        tmux.send("5")
        #expect(tmux.waitFor("Deleted G-27G0 “Run a leadership school"), "\(tmux.screen())")
        tmux.send("Enter")
        #expect(tmux.waitFor("Bring this goal back?"), "\(tmux.screen())")
        tmux.send("y")
        #expect(tmux.waitFor("restored by Comité de Pruebas"), "\(tmux.screen())")
        #expect(tmux.waitFor("· saved"), "\(tmux.screen())")
        tmux.send("q")
        #expect(tmux.shellAnswers(), "\(tmux.screen())")

        let saved = try FileAgendaStore().load(path)
        #expect(saved.goals.count == 45)
        #expect(saved.goal("G-27G0")?.history.last?.field == "restored")
        let record = try #require(saved.deletions.first)
        #expect(record.goal == "G-27G0" && record.by == "Comité de Pruebas" && record.goals.count == 3)
        #expect(record.restored?.by == "Comité de Pruebas")
    }
}
