import AgendaModel
import AgendaStore
import Foundation
import TestSupport
import XCTest

/// Hostile files by their size and shape rather than their bytes: a 100 MB string, a 10,000-deep chain
/// of sub-goals, a parent cycle of 10,000 goals, 20,000 problems, 20,000 open conflicts, the deepest
/// nesting accepted read on the second core. Through the real binary, with a time limit and memory measured, as `HostileFileTests`.
final class HostileSizeTests: XCTestCase {
    /// A minimal agenda text with these goals, one area `a`.
    static func agendaText(goals: [String], extra: String = "") -> String {
        "{\n  \"title\": \"Hostile\",\(extra)\n  \"areas\": [{\"id\": \"a\", \"name\": \"A\"}],\n  \"goals\": [\n"
            + goals.joined(separator: ",\n") + "\n  ]\n}\n"
    }

    static func goal(_ index: Int, parent: Int?, area: String = "a") -> String {
        let parentText = parent.map { ", \"parent\": \"G-\($0)\"" } ?? ""
        return "    {\"id\": \"G-\(index)\", \"title\": \"Goal \(index)\", \"area\": \"\(area)\"\(parentText)}"
    }

    func testAHundredMegabyteStringLoadsInMemoryProportionalToTheFile() throws {
        let folder = TemporaryFolder("agenda-hostile-big")
        let file = folder.file("big-string.json")
        let size = 100 << 20
        _ = FileManager.default.createFile(atPath: file, contents: Data("{\"title\": \"Big\", \"description\": \"".utf8))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: file))
        try handle.seekToEnd()
        let megabyte = Data(repeating: UInt8(ascii: "x"), count: 1 << 20)
        for _ in 0..<(size >> 20) { try handle.write(contentsOf: megabyte) }
        try handle.write(contentsOf: Data("\", \"areas\": [], \"goals\": []}\n".utf8))
        try handle.close()
        // The file's bytes and the string made from them, plus the program: three times the file at most.
        let bound = 3 * (size >> 10) + 64_000
        var peak = 0
        for command in ["validate", "list"] {
            let outcome = HostileFileTests.run(command, file, .loads, in: folder, boundKiB: bound, label: "100 MB string")
            peak = max(peak, outcome.peakKiB)
            ReliabilityFigures.report("hostile 100 MB string: \(command) seconds", Int(outcome.seconds.rounded()))
        }
        ReliabilityFigures.report("hostile 100 MB string: peak memory KiB", peak)
    }

    func testATenThousandDeepChainOfSubGoalsLoadsAndLists() throws {
        let folder = TemporaryFolder("agenda-hostile-chain")
        let file = folder.file("chain.json")
        let depth = 10_000
        let text = Self.agendaText(goals: (0..<depth).map { Self.goal($0, parent: $0 == 0 ? nil : $0 - 1) })
        try text.write(toFile: file, atomically: false, encoding: .utf8)
        var peak = 0
        for command in ["validate", "list", "summary"] {
            let outcome = HostileFileTests.run(
                command, file, .loads, in: folder, boundKiB: HostileFileTests.smallFileBoundKiB, label: "10,000-deep chain")
            peak = max(peak, outcome.peakKiB)
        }
        // The deepest goal shows, its indent bounded, and the whole chain is listed.
        let (outcome, output) = ChildProcess.runAgenda(["list", file], timeout: HostileFileTests.timeLimit, in: folder)
        XCTAssertTrue(outcome.succeeded)
        let lines = output.split(separator: "\n")
        XCTAssertEqual(lines.count, depth + 1, "a header and one line per goal")
        XCTAssertLessThan(lines.map(\.count).max() ?? 0, 200)
        XCTAssertTrue(lines.last?.contains("G-9999") ?? false, String(lines.last ?? ""))
        let (shown, detail) = ChildProcess.runAgenda(["show", file, "G-9999"], timeout: HostileFileTests.timeLimit, in: folder)
        XCTAssertTrue(shown.succeeded, detail)
        XCTAssertTrue(detail.contains("G-9998"), "the parent is shown")
        ReliabilityFigures.report("hostile 10,000-deep chain: peak memory KiB", peak)
        ReliabilityFigures.report("hostile 10,000-deep chain: list seconds", Int(outcome.seconds.rounded()))
    }

    func testAParentCycleOfTenThousandGoalsIsRefusedInOneShortLine() throws {
        let folder = TemporaryFolder("agenda-hostile-cycle")
        let file = folder.file("cycle.json")
        let size = 10_000
        let text = Self.agendaText(goals: (0..<size).map { Self.goal($0, parent: $0 == 0 ? size - 1 : $0 - 1) })
        try text.write(toFile: file, atomically: false, encoding: .utf8)
        let refused = HostileFileTests.run(
            "validate", file, .refused("parent forms a cycle of 10000 goals"), in: folder,
            boundKiB: HostileFileTests.smallFileBoundKiB, label: "10,000-goal cycle")
        let (_, output) = ChildProcess.runAgenda(["validate", file], timeout: HostileFileTests.timeLimit, in: folder)
        XCTAssertLessThan(output.count, 300, output)
        // The table of `list` does not validate: every goal of the cycle is still listed, below a header.
        let listed = HostileFileTests.run(
            "list", file, .loads, in: folder, boundKiB: HostileFileTests.smallFileBoundKiB, label: "10,000-goal cycle")
        let (_, list) = ChildProcess.runAgenda(["list", file], timeout: HostileFileTests.timeLimit, in: folder)
        XCTAssertEqual(list.split(separator: "\n").count, size + 1)
        ReliabilityFigures.report("hostile 10,000-goal cycle: peak memory KiB", max(refused.peakKiB, listed.peakKiB))
    }

    func testTwentyThousandProblemsAreAllReportedWithTheirLinesQuickly() throws {
        let folder = TemporaryFolder("agenda-hostile-problems")
        let file = folder.file("problems.json")
        let count = 20_000
        let text = Self.agendaText(goals: (0..<count).map { Self.goal($0, parent: nil, area: "nowhere") })
        try text.write(toFile: file, atomically: false, encoding: .utf8)
        let outcome = HostileFileTests.run(
            "validate", file, .refused("area 'nowhere' does not exist"), in: folder,
            boundKiB: HostileFileTests.smallFileBoundKiB, label: "20,000 problems")
        let (_, output) = ChildProcess.runAgenda(["validate", file], timeout: HostileFileTests.timeLimit, in: folder)
        let lines = output.split(separator: "\n")
        XCTAssertEqual(lines.count, count)
        // Goal n sits on line n + 5 of the file.
        XCTAssertTrue(lines.last?.hasPrefix("\(file):\(count + 4):") ?? false, String(lines.last ?? ""))
        XCTAssertLessThan(outcome.seconds, 30)
        ReliabilityFigures.report("hostile 20,000 problems: validate seconds", Int(outcome.seconds.rounded()))
    }

    func testTwentyThousandOpenConflictsAreListedWithTheirLinesQuickly() throws {
        let folder = TemporaryFolder("agenda-hostile-conflicts")
        let file = folder.file("conflicts.json")
        let count = 20_000
        let conflicts = (0..<count).map { index in
            "    {\"id\": \"G-\(index)\", \"field\": \"title\", \"sides\": [{\"value\": \"A\"}, {\"value\": \"B\"}]}"
        }
        let extra = "\n  \"conflicts\": [\n" + conflicts.joined(separator: ",\n") + "\n  ],"
        let text = Self.agendaText(goals: (0..<count).map { Self.goal($0, parent: nil) }, extra: extra)
        try text.write(toFile: file, atomically: false, encoding: .utf8)
        let outcome = HostileFileTests.run(
            "validate", file, .refused("20000 open conflicts"), in: folder,
            boundKiB: HostileFileTests.smallFileBoundKiB, label: "20,000 open conflicts")
        let (_, output) = ChildProcess.runAgenda(["validate", file], timeout: HostileFileTests.timeLimit, in: folder)
        let lines = output.split(separator: "\n")
        XCTAssertEqual(lines.count, count + 1)
        // Conflict n sits on line n + 4 of the file.
        XCTAssertTrue(lines[count - 1].hasPrefix("\(file):\(count + 3):5: conflict: goal G-\(count - 1)"), String(lines[count - 1]))
        XCTAssertLessThan(outcome.seconds, 30)
        ReliabilityFigures.report("hostile 20,000 open conflicts: validate seconds", Int(outcome.seconds.rounded()))
    }

    func testTheDeepestNestingAcceptedIsReadOnEitherCore() throws {
        // A goals array of more than 4 MB is read by two threads; a goal in its second half carries an
        // unknown member nested as deep as the reader accepts, for the second thread's stack.
        let folder = TemporaryFolder("agenda-hostile-parallel")
        let file = folder.file("deep-late.json")
        var agenda = AgendaGenerator.agenda(goals: 3_000, seed: 3)
        // The agenda, its goals array and the goal are three levels; the innermost object one more.
        let depth = JSONReader.maxDepth - 4
        var nested = JSONValue.object([JSONMember("end", .null)])
        for level in 0..<depth { nested = level % 2 == 0 ? .array([nested]) : .object([JSONMember("a", nested)]) }
        agenda.goals[2_500].extras = ExtraFields([JSONMember("deep", nested)])
        try FileAgendaStore().create(agenda, at: file)
        let size = (try FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
        XCTAssertGreaterThan(size, 4 << 20)
        for command in ["validate", "list"] {
            HostileFileTests.run(command, file, .loads, in: folder, boundKiB: HostileFileTests.smallFileBoundKiB,
                                 label: "deepest nesting on the second core")
        }
        let back = try FileAgendaStore().load(file)
        XCTAssertEqual(back.goals[2_500].extras["deep"], nested)
    }
}
