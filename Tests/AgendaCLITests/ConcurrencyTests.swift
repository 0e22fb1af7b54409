import AgendaModel
import AgendaStore
import Foundation
import Testing
import TestSupport

/// Parallel writers lose no update: every read-modify-write holds the file's lock.
@Suite struct ConcurrencyTests {
    @Test func fourProcessesOfFiftySetsEachLoseNothing() throws {
        let folder = TemporaryFolder()
        let path = folder.file("agenda.json")
        var agenda = Fixtures.agenda()
        // One goal per writer, so every write changes the file and each writer's last value is checkable.
        for writer in 0..<4 {
            agenda.goals.append(Goal(id: "G-W\(writer)", title: "Writer \(writer)", area: "leadership", createdAt: Fixtures.time))
        }
        try FileAgendaStore().create(agenda, at: path)
        // Each process runs 50 `agenda set` in a row; the four run at once.
        let script = (0..<4).map { writer in
            "(for i in $(seq 1 50); do \"\(Paths.agendaBinary)\" set \"\(path)\" G-W\(writer) --progress $((i * 2)) --by w\(writer) >/dev/null || echo FAIL; done) &"
        }.joined(separator: "\n") + "\nwait\n"
        let result = CommandRunner.run("/bin/bash", ["-c", script])
        #expect(!result.stdout.contains("FAIL"), "\(result.stdout) \(result.stderr)")
        let final = try FileAgendaStore().load(path)
        var changes = 0
        for writer in 0..<4 {
            let goal = try #require(final.goal("G-W\(writer)"))
            #expect(goal.progress == 100)
            let mine = goal.history.filter { $0.by == "w\(writer)" && $0.field == "progress" }
            #expect(mine.map(\.to) == (1...50).map { String($0 * 2) })
            changes += mine.count
        }
        #expect(changes == 200)
        #expect(folder.names() == [".agenda-backups", "agenda.json"])
    }
}
