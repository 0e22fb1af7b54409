import AgendaModel
import AgendaStore
import Foundation
import TestSupport
import XCTest

/// Four writers at once, each making its edits to the same goal of the same file, each edit its own
/// run of the real `agenda` binary: every edit is in the file at the end, in each writer's order.
final class ConcurrentWritersTests: XCTestCase {
    func testFourProcessesOfThreeHundredEditsEachLoseNoUpdate() throws {
        let writers = 4
        let edits = Int(ProcessInfo.processInfo.environment["AGENDA_RELIABILITY_EDITS"] ?? "") ?? 300
        let folder = TemporaryFolder("agenda-writers")
        let path = folder.file("agenda.json")
        try FileAgendaStore().create(Fixtures.agenda(), at: path)

        let failures = Counter()
        let started = Date()
        let group = DispatchGroup()
        for writer in 0..<writers {
            group.enter()
            Thread.detachNewThread {
                for edit in 0..<edits {
                    let (outcome, output) = ChildProcess.runAgenda(
                        ["note", path, "G-0002", "writer \(writer) edit \(edit)"], timeout: 60, in: folder)
                    if !outcome.succeeded { failures.add("writer \(writer) edit \(edit): \(output)") }
                }
                group.leave()
            }
        }
        group.wait()
        let seconds = Date().timeIntervalSince(started)
        XCTAssertEqual(failures.items, [])

        let agenda = try FileAgendaStore().load(path)
        let notes = try XCTUnwrap(agenda.goal("G-0002")).notes.map(\.text)
        var lost = 0
        for writer in 0..<writers {
            let expected = (0..<edits).map { "writer \(writer) edit \($0)" }
            let mine = notes.filter { $0.hasPrefix("writer \(writer) ") }
            lost += Set(expected).subtracting(mine).count
            XCTAssertEqual(mine, expected, "writer \(writer)'s edits, in its order")
        }
        XCTAssertEqual(notes.count, writers * edits)
        XCTAssertEqual(AgendaFileCheck.tempFiles(besides: path), [])

        ReliabilityFigures.report("concurrent writers", writers)
        ReliabilityFigures.report("concurrent edits per writer", edits)
        ReliabilityFigures.report("concurrent edits acknowledged", writers * edits - failures.items.count)
        ReliabilityFigures.report("concurrent edits refused", failures.items.count)
        ReliabilityFigures.report("concurrent lost updates", lost)
        ReliabilityFigures.report("concurrent run seconds", Int(seconds.rounded()))
    }
}

/// Messages collected from several threads.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [String] = []

    func add(_ item: String) {
        lock.lock()
        list.append(item)
        lock.unlock()
    }

    var items: [String] {
        lock.lock()
        defer { lock.unlock() }
        return list
    }
}
