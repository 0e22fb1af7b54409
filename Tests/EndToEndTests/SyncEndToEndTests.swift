import AgendaModel
import AgendaStore
import Foundation
import Testing
import TestSupport

/// Two clones of one shared repository, edited with the command line and the full-screen program,
/// brought together with `agenda sync`; the one real conflict is settled in the Conflicts view.
@Suite(.serialized) struct SyncEndToEndTests {
    var agenda: String { "'" + Paths.agendaBinary + "'" }
    let relative = GitClones.agendaFolder + "/hemispheric-agenda.json"

    /// The full-screen program open on a clone's agenda, as `who`.
    func open(_ clones: GitClones, _ clone: String, as who: String) throws -> TmuxSession {
        let keep = ["HOME", "XDG_CONFIG_HOME", "GIT_CONFIG_NOSYSTEM"]
        var environment = clones.environment().filter { keep.contains($0.key) }
        environment["AGENDA_USER"] = who
        let tmux = try TmuxSession(width: 100, height: 30, directory: clone, environment: environment)
        tmux.run(agenda + " " + relative)
        return tmux
    }

    @Test func editsFromBothClonesMeetAndTheConflictIsSettledOnScreen() throws {
        let clones = try GitClones()
        let (ana, beto) = (clones.first, clones.second)
        // Ana: the status of G-SEYX from the command line; the progress of G-27G0 on screen.
        #expect(clones.edit(ana, "set", "G-SEYX", "--status", "blocked", by: "Ana").status == 0)
        var tmux = try open(clones, ana, as: "Ana")
        #expect(tmux.waitFor("45 of 45 goals"), "\(tmux.screen())")
        tmux.send("Down")
        tmux.send("Down")
        tmux.send("+")
        #expect(tmux.waitUntil { $0.contains("Ana · saved") && !$0.contains("saving…") }, "\(tmux.screen())")
        tmux.send("q")
        #expect(tmux.shellAnswers())
        // Beto: the status of G-SEYX too (the real conflict), and a note on G-27G0 on screen (the same
        // goal, another field), and an owner of G-J53W (another goal).
        #expect(clones.edit(beto, "set", "G-SEYX", "--status", "achieved", by: "Beto").status == 0)
        #expect(clones.edit(beto, "set", "G-J53W", "--add-owner", "Jesús Martínez Saldaña", by: "Beto").status == 0)
        tmux = try open(clones, beto, as: "Beto")
        #expect(tmux.waitFor("45 of 45 goals"), "\(tmux.screen())")
        tmux.send("Down")
        tmux.send("Down")
        tmux.send("a")
        #expect(tmux.waitFor("Note on G-27G0"), "\(tmux.screen())")
        tmux.send("Segunda cohorte en Michoacán", literal: true)
        tmux.send("C-s")
        #expect(tmux.waitUntil { $0.contains("Beto · saved") && !$0.contains("saving…") }, "\(tmux.screen())")
        tmux.send("q")
        #expect(tmux.shellAnswers())

        #expect(clones.sync(ana).status == 0)
        let merged = clones.sync(beto)
        #expect(merged.status == 3, "\(merged.stdout)\(merged.stderr)")
        #expect(clones.sync(ana).status == 3)

        // Every edit is in both copies; the one conflict is listed on screen and settled there.
        let both = try FileAgendaStore().load(clones.agenda(in: ana))
        #expect(both.goal("G-27G0")?.progress == 70)  // 65, up to the next tenth
        #expect(both.goal("G-27G0")?.notes.contains { $0.text == "Segunda cohorte en Michoacán" && $0.author == "Beto" } == true)
        #expect(both.goal("G-J53W")?.owners.contains("Jesús Martínez Saldaña") == true)
        #expect(both.conflicts.count == 1)
        tmux = try open(clones, ana, as: "Ana")
        #expect(tmux.waitFor("6 (1)") || tmux.waitFor("6 Conflicts (1)"), "\(tmux.screen())")
        tmux.send("6")
        #expect(tmux.waitFor("1 open conflict"), "\(tmux.screen())")
        #expect(tmux.screen().contains("G-SEYX") && tmux.screen().contains("blocked — Ana") && tmux.screen().contains("achieved — Beto"))
        tmux.send("Enter")
        #expect(tmux.waitFor("Keep which value of G-SEYX status?"), "\(tmux.screen())")
        // Choose Ana's value: move to the line that holds it.
        let lines = tmux.screen().split(separator: "\n")
        let menu = lines.filter { $0.contains("— Ana") || $0.contains("— Beto") }
        let anaLine = try #require(menu.firstIndex { $0.contains("— Ana") })
        let current = try #require(menu.firstIndex { $0.contains("•") || $0.contains("now") })
        for _ in 0..<abs(anaLine - current) { tmux.send(anaLine > current ? "Down" : "Up") }
        tmux.send("Enter")
        #expect(tmux.waitUntil { $0.contains("0 open conflicts") && $0.contains("Ana · saved") }, "\(tmux.screen())")
        tmux.send("q")
        #expect(tmux.shellAnswers())

        let settled = clones.sync(ana)
        #expect(settled.status == 0, "\(settled.stdout)\(settled.stderr)")
        #expect(clones.sync(beto).status == 0)
        let third = clones.sync(beto)
        #expect(third.status == 0 && third.stdout.contains("up to date"), "\(third.stdout)")
        let final = try FileAgendaStore().load(clones.agenda(in: beto))
        #expect(final.conflicts.isEmpty)
        #expect(final.goal("G-SEYX")?.status == .blocked)
        #expect(try Data(contentsOf: URL(fileURLWithPath: clones.agenda(in: ana)))
                == Data(contentsOf: URL(fileURLWithPath: clones.agenda(in: beto))))
        #expect(clones.agenda(beto, ["validate", clones.agenda(in: beto)]).status == 0)
    }
}
