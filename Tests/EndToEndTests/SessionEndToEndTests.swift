import AgendaModel
import AgendaStore
import Foundation
import Testing
import TestSupport

/// A facilitator runs a meeting in the real program: a crash in the middle loses nothing.
@Suite(.serialized) struct SessionEndToEndTests {
    var agenda: String { "'" + Paths.agendaBinary + "'" }

    /// A copy of the sample agenda with a session of two items (a goal, 15 minutes; a topic, 10) run
    /// live in tmux, its first clock started.
    func startMeeting(_ title: String) throws -> (folder: TemporaryFolder, path: String, id: String, tmux: TmuxSession) {
        let folder = TemporaryFolder()
        let path = try folder.sampleCopy()
        let created = CommandRunner.agenda(["session", "new", path, "--title", title, "--date", "2026-11-29",
                                            "--item", "G-MZSW:15", "--topic", "Informe de tesorería:10"])
        #expect(created.status == 0, "\(created.stderr)")
        let id = try #require(created.lines.first)
        let tmux = try TmuxSession(width: 100, height: 30, environment: ["AGENDA_USER": "Facilitadora"])
        tmux.run(agenda + " session run '" + path + "' " + id)
        #expect(tmux.waitFor("not started"), "\(tmux.screen())")
        tmux.send("Space")
        #expect(tmux.waitFor("LIVE"), "\(tmux.screen())")
        return (folder, path, id, tmux)
    }

    @Test func runAMeetingKillItResumeItAndEndItWithMinutes() throws {
        let (folder, path, id, tmux) = try startMeeting("Asamblea de la red")
        // Two speakers: Jesús (completed from the agenda's people) and Lucía, a guest who speaks for an
        // organization found in a searchable menu; the floor goes to Jesús.
        tmux.send("a")
        tmux.send("Jesús", literal: true)
        tmux.send("Tab")
        tmux.send("Enter")
        #expect(tmux.waitFor("asks for"), "\(tmux.screen())")
        tmux.send("Enter")
        tmux.send("a")
        tmux.send("Lucía Hernández", literal: true)
        tmux.send("Enter")
        #expect(tmux.waitFor("Lucía Hernández asks for"))
        tmux.send("Enter")
        #expect(tmux.waitFor("Lucía Hernández speaks for"), "\(tmux.screen())")
        tmux.send("indigenous migrant", literal: true)
        tmux.send("Enter")
        // The organization is cut with an ellipsis, never the turn's kind.
        #expect(tmux.waitFor("2. Lucía Hernández (Indigenous migrant organizatio…)"), "\(tmux.screen())")
        tmux.send("x")
        #expect(tmux.waitFor("🎤 Jesús Martínez Saldaña"), "\(tmux.screen())")
        // Jesús is in the roster but was not marked present: the floor offers to mark him.
        #expect(tmux.waitFor("Jesús Martínez Saldaña has the floor but is not marked present."), "\(tmux.screen())")
        tmux.send("y")
        #expect(tmux.waitUntil { !$0.contains("has the floor but") }, "\(tmux.screen())")
        tmux.send("d")
        tmux.send("Apoyar la reforma en Zacatecas", literal: true)
        tmux.send("Enter")
        #expect(tmux.waitFor("• Apoyar la reforma en Zacatecas"), "\(tmux.screen())")
        tmux.send("t")
        #expect(tmux.waitFor("New action item"))
        tmux.send("Enviar carta al Congreso de Michoacán", literal: true)
        tmux.send("Tab")
        tmux.send("Tab")
        tmux.send("2026-12-15", literal: true)
        tmux.send("C-s")
        #expect(tmux.waitFor("Enviar carta al Congreso de Michoacán"), "\(tmux.screen())")
        tmux.send("]")
        #expect(tmux.waitFor("▶ 2/2 Informe de tesorería"), "\(tmux.screen())")
        // Saves run beside the loop: wait until the action item and the move to the second item are on
        // disk (a "saved" on the status line may be an earlier save's; seen under AddressSanitizer).
        #expect(AgendaFileWait.until(path) { agenda in
            agenda.session(id).map { $0.items[0].actions.count == 1 && $0.currentItem == $0.items.last?.id } ?? false
        })
        // A crash in the middle of the meeting.
        let pid = try #require(tmux.childPID())
        kill(pid, SIGKILL)
        tmux.run("reset")
        // The screen the killed program left must be gone before the new one is looked for.
        #expect(tmux.waitUntil { !$0.contains("Informe de tesorería") }, "\(tmux.screen())")
        tmux.run(agenda + " session run '" + path + "' " + id)
        #expect(tmux.waitFor("▶ 2/2 Informe de tesorería"), "\(tmux.screen())")
        #expect(tmux.screen().contains("🎤 Jesús Martínez Saldaña"))
        #expect(tmux.screen().contains("1. Lucía Hernández"))
        #expect(tmux.screen().contains("LIVE"))
        tmux.send("E")
        #expect(tmux.waitFor("End the session?"))
        tmux.send("y")
        #expect(tmux.waitFor("Minutes written to"), "\(tmux.screen())")
        tmux.send("q")
        #expect(tmux.shellAnswers())

        let minutesFolder = folder.file("minutes")
        let files = try FileManager.default.contentsOfDirectory(atPath: minutesFolder)
        #expect(files == ["2026-11-29-\(id).md"])
        let minutes = try String(contentsOfFile: minutesFolder + "/" + files[0], encoding: .utf8)
        #expect(minutes.contains("# Minutes: Asamblea de la red"))
        #expect(minutes.contains("- Apoyar la reforma en Zacatecas"))
        #expect(minutes.contains("Enviar carta al Congreso de Michoacán"))
        #expect(minutes.contains("| Jesús Martínez Saldaña |"))
        let list = CommandRunner.agenda(["list", path, "--search", "Enviar carta"])
        #expect(list.lines.count == 2, "\(list.stdout)")
        let session = try #require(try FileAgendaStore().load(path).session(id))
        #expect(session.state == .closed)
        #expect(session.items[0].decisions.count == 1 && session.items[0].actions.count == 1)
        #expect(session.speakers.map(\.organization) == [nil, "indigenous-migrant-network"])
    }

    /// Killed in the middle of a meeting, the program says so when it starts again, and one key takes
    /// the facilitator back to the live screen.
    @Test func aMeetingInterruptedByAKillIsAnnouncedAndResumedWithOneKey() throws {
        let (folder, path, id, tmux) = try startMeeting("Asamblea interrumpida")
        tmux.send("]")
        #expect(tmux.waitFor("▶ 2/2 Informe de tesorería"), "\(tmux.screen())")
        #expect(AgendaFileWait.until(path) { agenda in
            agenda.session(id).map { $0.state == .live && $0.currentItem == $0.items.last?.id } ?? false
        })
        let pid = try #require(tmux.childPID())
        kill(pid, SIGKILL)
        tmux.run("reset")
        #expect(tmux.waitUntil { !$0.contains("Informe de tesorería") }, "\(tmux.screen())")
        // Started again as usual, on the agenda: the meeting left live is announced.
        tmux.run(agenda + " '" + path + "'")
        #expect(tmux.waitFor("Resume the live meeting?"), "\(tmux.screen())")
        #expect(tmux.screen().contains("“Asamblea interrumpida” (Nov 29, 2026) is still live"), "\(tmux.screen())")
        tmux.send("y")
        #expect(tmux.waitFor("▶ 2/2 Informe de tesorería"), "\(tmux.screen())")
        #expect(tmux.screen().contains("LIVE"), "\(tmux.screen())")
        tmux.send("q")
        #expect(tmux.shellAnswers())
        withExtendedLifetime(folder) {}
    }
}
