import AgendaModel
import AgendaStore
import Foundation
import Testing
import TestSupport

/// Editing in the real program in a real terminal, checked in the file on disk.
@Suite(.serialized) struct EditingEndToEndTests {
    var agenda: String { "'" + Paths.agendaBinary + "'" }

    @Test func addAGoalChangeItAddANoteUndoAndFindItInTheFile() throws {
        let folder = TemporaryFolder()
        let path = try folder.sampleCopy()
        let tmux = try TmuxSession(width: 100, height: 30, environment: ["AGENDA_USER": "Comité de Pruebas"])
        tmux.run(agenda + " '" + path + "'")
        #expect(tmux.waitFor("45 of 45 goals"), "\(tmux.screen())")
        tmux.send("n")
        #expect(tmux.waitFor("New goal in Leadership"), "\(tmux.screen())")
        tmux.send("Taller de liderazgo en Michoacán", literal: true)
        tmux.send("Enter")
        #expect(tmux.waitFor("46 of 46 goals"), "\(tmux.screen())")
        tmux.send("s")
        #expect(tmux.waitFor("Status of G-"), "\(tmux.screen())")
        tmux.send("Down")
        tmux.send("Enter")
        #expect(tmux.waitUntil { !$0.contains("Status of G-") })
        tmux.send("+")
        tmux.send("+")
        tmux.send("a")
        #expect(tmux.waitFor("Note on G-"), "\(tmux.screen())")
        tmux.send("Primera reunión en Morelia", literal: true)
        tmux.send("C-s")
        #expect(tmux.waitUntil { !$0.contains("Note on G-") }, "\(tmux.screen())")
        tmux.send("u")
        #expect(tmux.waitFor("Undid: notes of G-"), "\(tmux.screen())")
        #expect(tmux.waitFor("· saved"), "\(tmux.screen())")
        tmux.send("q")
        #expect(tmux.shellAnswers(), "\(tmux.screen())")

        let list = CommandRunner.agenda(["list", path, "--search", "Taller de liderazgo", "--format", "json"])
        let goals = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        #expect(goals.count == 1)
        let id = try #require(goals.first?["id"] as? String)
        let goal = try #require(try FileAgendaStore().load(path).goal(id))
        #expect(goal.title == "Taller de liderazgo en Michoacán")
        #expect(goal.area == "leadership")
        #expect(goal.status == .active)
        #expect(goal.progress == 20)
        #expect(goal.notes.isEmpty)
        #expect(goal.history.map(\.field) == ["created", "status", "progress", "progress", "notes", "notes"])
        #expect(goal.history.allSatisfy { $0.by == "Comité de Pruebas" })
        let show = CommandRunner.agenda(["show", path, id])
        #expect(show.status == 0)
        #expect(show.stdout.contains("\(id)  Taller de liderazgo en Michoacán"))
        #expect(show.stdout.contains("Progress: 20%"))
        #expect(folder.names() == [".agenda-backups", "agenda.json"])
    }

    @Test func aPasteOfSeveralLinesGoesIntoTheDescription() throws {
        let folder = TemporaryFolder()
        let path = try folder.sampleCopy()
        let tmux = try TmuxSession(width: 100, height: 30)
        tmux.run(agenda + " '" + path + "'")
        #expect(tmux.waitFor("45 of 45 goals"))
        tmux.send("Down")
        tmux.send("Enter")
        #expect(tmux.waitFor("Edit goal G-SEYX"), "\(tmux.screen())")
        tmux.send("Tab")
        tmux.send("C-e")
        tmux.paste("\nLínea pegada 1 — Zacatecas\nLínea 2: 日本 👩🏽‍🌾")
        #expect(tmux.waitFor("Línea 2: 日本"), "\(tmux.screen())")
        tmux.send("C-s")
        #expect(tmux.waitFor("· saved"), "\(tmux.screen())")
        tmux.send("q")
        let description = try FileAgendaStore().load(path).goal("G-SEYX")?.description ?? ""
        #expect(description.hasSuffix("forward.\nLínea pegada 1 — Zacatecas\nLínea 2: 日本 👩🏽‍🌾"), "\(description)")
    }

    @Test func aPasteOfSeveralLinesIntoAOneLineFieldIsTextNotKeys() throws {
        let folder = TemporaryFolder()
        let path = try folder.sampleCopy()
        let tmux = try TmuxSession(width: 100, height: 30)
        tmux.run(agenda + " '" + path + "'")
        #expect(tmux.waitFor("45 of 45 goals"))
        tmux.send("n")
        #expect(tmux.waitFor("New goal in Leadership"), "\(tmux.screen())")
        // Before bracketed paste, the line break added the goal and "dy" deleted it.
        tmux.paste("Meta pegada\ndy Michoacán")
        #expect(tmux.waitFor("Meta pegada dy Michoacán"), "\(tmux.screen())")
        tmux.send("Enter")
        #expect(tmux.waitFor("46 of 46 goals"), "\(tmux.screen())")
        // Pasted where nothing is typed, text does nothing but say where it goes.
        tmux.paste("dy")
        #expect(tmux.waitFor("Pasted text goes into a field"), "\(tmux.screen())")
        #expect(tmux.waitFor("· saved"), "\(tmux.screen())")
        tmux.send("q")
        #expect(tmux.shellAnswers(), "\(tmux.screen())")
        let goals = try FileAgendaStore().load(path).goals
        #expect(goals.count == 46)
        #expect(goals.contains { $0.title == "Meta pegada dy Michoacán" })
    }

    @Test func anotherProcessEditsWhileTheProgramIsOpenAndBothEditsStay() throws {
        let folder = TemporaryFolder()
        let path = try folder.sampleCopy()
        let tmux = try TmuxSession(width: 100, height: 30)
        tmux.run(agenda + " '" + path + "'")
        #expect(tmux.waitFor("45 of 45 goals"))
        // The command line changes the first goal while the program is open.
        let set = CommandRunner.agenda(["set", path, "G-SEYX", "--progress", "77", "--by", "Lucía"])
        #expect(set.status == 0, "\(set.stderr)")
        #expect(tmux.waitFor("The file changed on disk"), "\(tmux.screen())")
        #expect(tmux.waitUntil { $0.contains("77%") }, "\(tmux.screen())")
        // The program then edits another goal: the second row's goal, G-27G0.
        tmux.send("Down")
        tmux.send("Down")
        tmux.send("+")
        #expect(tmux.waitFor("· saved"), "\(tmux.screen())")
        tmux.send("q")
        #expect(tmux.shellAnswers())
        let disk = try FileAgendaStore().load(path)
        #expect(disk.goal("G-SEYX")?.progress == 77)
        #expect(disk.goal("G-27G0")?.progress == 70)
        #expect(disk.goal("G-SEYX")?.history.last?.by == "Lucía")
    }

    @Test func sigkillAfterEditsLeavesEveryConfirmedEditInAWholeFile() throws {
        let folder = TemporaryFolder()
        let path = try folder.sampleCopy()
        let tmux = try TmuxSession(width: 100, height: 30)
        tmux.run(agenda + " '" + path + "'")
        #expect(tmux.waitFor("45 of 45 goals"))
        tmux.send("Down")
        for _ in 0..<5 { tmux.send("-") }
        // An edit is confirmed when the status line says it is saved (not "saving…"): wait for the
        // last one, then kill.
        #expect(tmux.waitUntil { screen in
            screen.split(separator: "\n").contains { $0.contains("Train a new generation") && $0.contains("  0%") }
                && screen.contains("· saved") && !screen.contains("saving…")
        }, "\(tmux.screen())")
        let pid = try #require(tmux.childPID())
        kill(pid, SIGKILL)
        let disk = try FileAgendaStore().load(path)
        #expect(disk.goal("G-SEYX")?.progress == 0)
        #expect(disk.goal("G-SEYX")?.history.filter { $0.field == "progress" }.suffix(5).count == 5)
        #expect(folder.names() == [".agenda-backups", "agenda.json"])
        tmux.run("reset")
    }
}
