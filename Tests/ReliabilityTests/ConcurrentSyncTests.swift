import AgendaModel
import AgendaStore
import Foundation
import TestSupport
import XCTest

/// Many copies syncing at once: clones of one shared repository each edit the agenda and start
/// `agenda sync` at the same moment, round after round; then each syncs once more in turn. Every edit
/// is in every copy, the copies' agenda files are the same bytes, and few syncs give up.
///
/// CI runs 8 copies for 3 rounds (about a minute on 2 shared cores); `AGENDA_SYNC_CLONES` and
/// `AGENDA_SYNC_ROUNDS` set the size, and `Benchmarks/reliability.sh` runs 8 × 6.
final class ConcurrentSyncTests: XCTestCase {
    /// What one sync of a round gave.
    struct SyncRun: Sendable {
        var copy: Int
        var result: CommandResult
        var seconds: Double

        /// Whether the sync gave up because the shared branch kept moving (its edits committed here).
        var gaveUp: Bool { result.status == 1 && result.stderr.contains("kept moving") }
        /// How many times it fetched and merged again because someone pushed first.
        var retries: Int { result.lines.filter { $0.contains("moved meanwhile") }.count }
    }

    func testCopiesSyncingAtOnceKeepEveryEditAndConverge() throws {
        let environment = ProcessInfo.processInfo.environment
        let copies = Int(environment["AGENDA_SYNC_CLONES"] ?? "") ?? 8
        let rounds = Int(environment["AGENDA_SYNC_ROUNDS"] ?? "") ?? 3
        let goals = try FileAgendaStore().load(Paths.sampleAgenda).goals.map(\.id)
        // Too few goals for the copies and rounds asked for is a failure of the set-up, never a skip.
        guard goals.count >= SyncStormEdit.goalsNeeded(copies: copies, rounds: rounds) else {
            XCTFail("the sample agenda has \(goals.count) goals, too few for \(copies) copies and \(rounds) rounds")
            return
        }

        // Every copy is set up before the storm, as copies in use are: the first sync of the first
        // commits .gitattributes, then the others (cloned after it) set up their merge driver at once.
        let shared = try GitClones()
        let setUp = shared.sync(shared.first)
        XCTAssertEqual(setUp.status, 0, setUp.stdout + setUp.stderr)
        var trees = [shared.first, shared.second]
        for copy in trees.count..<copies { trees.append(try shared.clone("copy-\(copy)")) }
        trees = Array(trees.prefix(copies))
        for run in StartingLine.run(trees.dropFirst().map { tree in { @Sendable in shared.sync(tree) } }) {
            XCTAssertEqual(run.status, 0, run.stdout + run.stderr)
        }

        let started = Date()
        var runs: [SyncRun] = []
        var edits: [SyncStormEdit] = []
        for round in 0..<rounds {
            // Each copy makes its edit (all at once: they are different clones), then all sync at once.
            let made = trees.indices.map { SyncStormEdit(copy: $0, round: round, copies: copies, goals: goals) }
            let editing = zip(made, trees).map { edit, tree in
                { @Sendable in shared.agenda(tree, ["set", shared.agenda(in: tree)] + edit.arguments + ["--by", "Copy \(edit.copy)"]) }
            }
            for result in StartingLine.run(editing) { XCTAssertEqual(result.status, 0, result.stderr) }
            edits += made
            let jobs = trees.enumerated().map { copy, tree in
                { @Sendable () -> SyncRun in
                    let start = Date()
                    let result = shared.sync(tree)
                    return SyncRun(copy: copy, result: result, seconds: Date().timeIntervalSince(start))
                }
            }
            let results = StartingLine.run(jobs)
            for run in results where run.result.status != 0 && !run.gaveUp {
                XCTFail("round \(round), copy \(run.copy): exit \(run.result.status)\n\(run.result.stdout)\(run.result.stderr)")
            }
            runs += results
        }
        let stormSeconds = Date().timeIntervalSince(started)

        // The settling round: each copy syncs once more, in turn; copies holding commits not yet
        // pushed (a sync that gave up in the last round) go first, so that the others pull them.
        let unpushed = trees.filter { tree in
            shared.git(tree, ["rev-list", "--count", "refs/remotes/origin/main..HEAD"]).stdout
                .trimmingCharacters(in: .whitespacesAndNewlines) != "0"
        }
        for tree in unpushed + trees.filter({ !unpushed.contains($0) }) {
            let settle = shared.sync(tree)
            XCTAssertEqual(settle.status, 0, "settling \(tree): \(settle.stdout)\(settle.stderr)")
        }

        let files = try trees.map { try Data(contentsOf: URL(fileURLWithPath: shared.agenda(in: $0))) }
        let differing = files.filter { $0 != files[0] }.count
        XCTAssertEqual(differing, 0, "copies whose agenda file differs from the first copy's after settling")
        let agendas = try trees.map { try FileAgendaStore().load(shared.agenda(in: $0)) }
        let lost = edits.filter { edit in !agendas.allSatisfy(edit.isIn) }
        XCTAssertEqual(lost.map { "copy \($0.copy) round \($0.round) on \($0.goal)" }, [], "edits missing from a copy")
        XCTAssertTrue(agendas.allSatisfy { $0.conflicts.isEmpty }, "no two edits touch one field: no conflict")
        let gaveUp = runs.filter(\.gaveUp).count
        XCTAssertLessThanOrEqual(gaveUp * 20, runs.count, "at most 1 in 20 syncs gives up")

        ReliabilityFigures.report("concurrent sync copies", copies)
        ReliabilityFigures.report("concurrent sync rounds", rounds)
        ReliabilityFigures.report("concurrent syncs", runs.count)
        ReliabilityFigures.report("concurrent syncs that gave up", gaveUp)
        ReliabilityFigures.report("concurrent sync retries", runs.map(\.retries).reduce(0, +))
        ReliabilityFigures.report("concurrent sync most retries of one sync", runs.map(\.retries).max() ?? 0)
        ReliabilityFigures.report("concurrent sync slowest sync ms", Int(((runs.map(\.seconds).max() ?? 0) * 1000).rounded()))
        ReliabilityFigures.report("concurrent sync edits", edits.count)
        ReliabilityFigures.report("concurrent sync edits missing from a copy after settling", lost.count)
        ReliabilityFigures.report("concurrent sync copies differing after settling", differing)
        ReliabilityFigures.report("concurrent sync rounds seconds", Int(stormSeconds.rounded()))
    }
}
