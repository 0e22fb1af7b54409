import AgendaModel
import AgendaStore
import Foundation
import TestSupport
import XCTest

/// Hostile files through the real binary (`agenda validate` and `agenda list`), each in a child process
/// with a time limit and its peak memory measured: each one loads, or is refused with a message that
/// names the file, a line and a column; none crashes, hangs or takes memory out of proportion.
final class HostileFileTests: XCTestCase {
    /// What a command must do with a file.
    enum Expect {
        /// Exit 0.
        case loads
        /// Exit 1 with `FILE:LINE:COLUMN: ` and this text in the message.
        case refused(String)
    }

    /// One hostile file and what `validate` and `list` must do with it.
    struct Case {
        var name: String
        var bytes: [UInt8]
        var validate: Expect
        var list: Expect
    }

    /// The most memory a command may take on a file of a few megabytes: the binary alone takes about 25 MB.
    static let smallFileBoundKiB = 150_000
    /// How long a command may run on any of these files (a debug build, on a busy machine).
    static let timeLimit = 120.0

    static let sample: String = (try? String(contentsOfFile: Paths.sampleAgenda, encoding: .utf8)) ?? ""

    /// The sample with the first occurrence of `find` replaced.
    static func sample(replacing find: String, with replacement: String) -> [UInt8] {
        guard let range = sample.range(of: find) else { return Array("the sample has no \(find)".utf8) }
        return Array(sample.replacingCharacters(in: range, with: replacement).utf8)
    }

    /// The sample's bytes with `bytes` put in place of the first occurrence of `find`.
    static func sample(replacing find: String, withBytes bytes: [UInt8]) -> [UInt8] {
        let text = Array(sample.utf8)
        let needle = Array(find.utf8)
        guard let start = (0...(text.count - needle.count)).first(where: { text[$0..<($0 + needle.count)].elementsEqual(needle) })
        else { return [] }
        return Array(text[..<start]) + bytes + Array(text[(start + needle.count)...])
    }

    static var cases: [Case] {
        let sampleBytes = Array(sample.utf8)
        let lines = sample.split(separator: "\n", omittingEmptySubsequences: false)
        var conflictedLines = Array(lines[..<40])
        conflictedLines.append("<<<<<<< HEAD")
        conflictedLines += lines[40..<42]
        conflictedLines.append("=======")
        conflictedLines += lines[40..<42]
        conflictedLines.append(">>>>>>> theirs")
        conflictedLines += lines[42...]
        let conflicted = conflictedLines.joined(separator: "\n")
        let deepArrays = "{\"title\": \"Deep\", \"extra\": " + String(repeating: "[", count: 100_000)
            + String(repeating: "]", count: 100_000) + "}"
        let deepObjects = "{\"title\": \"Deep\", \"extra\": " + String(repeating: "{\"a\": ", count: 100_000) + "1"
            + String(repeating: "}", count: 100_000) + "}"
        let manyKeys = "{\"title\": \"Many\", " + (0..<100_000).map { "\"k\($0)\": \($0)" }.joined(separator: ", ") + "}"
        return [
            Case(name: "truncated", bytes: Array(sampleBytes[..<(sampleBytes.count / 2)]),
                 validate: .refused("end of file"), list: .refused("end of file")),
            Case(name: "empty", bytes: [], validate: .refused("end of file"), list: .refused("end of file")),
            Case(name: "nested 100,000 arrays deep", bytes: Array(deepArrays.utf8),
                 validate: .refused("nesting deeper than 512 levels"), list: .refused("nesting deeper than 512 levels")),
            Case(name: "nested 100,000 objects deep", bytes: Array(deepObjects.utf8),
                 validate: .refused("nesting deeper than 512 levels"), list: .refused("nesting deeper than 512 levels")),
            Case(name: "100,000 opening brackets", bytes: [UInt8](repeating: UInt8(ascii: "["), count: 100_000),
                 validate: .refused("expected an object"), list: .refused("expected an object")),
            Case(name: "NUL byte in a string", bytes: sample(replacing: "\"title\": \"", withBytes: Array("\"title\": \"".utf8) + [0]),
                 validate: .refused("control character"), list: .refused("control character")),
            Case(name: "NUL byte between members", bytes: sample(replacing: ",\n  \"title\"", withBytes: [0] + Array(",\n  \"title\"".utf8)),
                 validate: .refused("a NUL byte"), list: .refused("a NUL byte")),
            Case(name: "a megabyte of NUL bytes", bytes: [UInt8](repeating: 0, count: 1 << 20),
                 validate: .refused("a NUL byte"), list: .refused("a NUL byte")),
            Case(name: "invalid UTF-8 in a string", bytes: sample(replacing: "Michoacán", withBytes: [0x4D, 0xFF, 0xC3, 0x28]),
                 validate: .refused("invalid UTF-8"), list: .refused("invalid UTF-8")),
            Case(name: "invalid UTF-8 in a member name", bytes: sample(replacing: "\"status\"", withBytes: [0x22, 0xED, 0xA0, 0x80, 0x22]),
                 validate: .refused("invalid UTF-8"), list: .refused("invalid UTF-8")),
            Case(name: "byte-order mark", bytes: [0xEF, 0xBB, 0xBF] + sampleBytes, validate: .loads, list: .loads),
            Case(name: "two byte-order marks", bytes: [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF] + sampleBytes,
                 validate: .refused("byte 0xEF"), list: .refused("byte 0xEF")),
            Case(name: "git conflict markers", bytes: Array(conflicted.utf8),
                 validate: .refused(":41:1: the file has an unresolved git conflict"),
                 list: .refused(":41:1: the file has an unresolved git conflict")),
            Case(name: "duplicate key at the top", bytes: sample(replacing: "\"title\": ", with: "\"title\": \"Again\", \"title\": "),
                 validate: .refused("the member \"title\" appears twice"), list: .refused("the member \"title\" appears twice")),
            Case(name: "duplicate key in a goal", bytes: sample(replacing: "\"progress\": 45,", with: "\"progress\": 45, \"progress\": 50,"),
                 validate: .refused("the member \"progress\" appears twice"),
                 list: .refused("the member \"progress\" appears twice")),
            Case(name: "duplicate unknown key", bytes: sample(replacing: "\"progress\": 45,", with: "\"progress\": 45, \"x\": 1, \"x\": 2,"),
                 validate: .refused("the member \"x\" appears twice"), list: .loads),
            Case(name: "duplicate key inside an unknown member",
                 bytes: sample(replacing: "\"progress\": 45,", with: "\"progress\": 45, \"x\": {\"a\": 1, \"a\": 2},"),
                 validate: .refused("the member \"a\" appears twice"), list: .loads),
            Case(name: "100,000 unknown members", bytes: Array(manyKeys.utf8), validate: .loads, list: .loads),
            Case(name: "wrong type: progress a string", bytes: sample(replacing: "\"progress\": 45", with: "\"progress\": \"45\""),
                 validate: .refused("expected a whole number, found a string"),
                 list: .refused("expected a whole number, found a string")),
            Case(name: "wrong type: goals an object", bytes: sample(replacing: "\"goals\": [", with: "\"goals\": {\"a\": 1}, \"x\": ["),
                 validate: .refused("expected an array, found an object"), list: .refused("expected an array, found an object")),
            Case(name: "wrong type: title a number", bytes: sample(replacing: "\"title\": \"Hemispheric", with: "\"title\": 12, \"t\": \"H"),
                 validate: .refused("expected a string, found a number"), list: .refused("expected a string, found a number")),
            Case(name: "wrong type: the whole file an array", bytes: Array("[\(sample)]".utf8),
                 validate: .refused("expected an object, found an array"), list: .refused("expected an object, found an array")),
            Case(name: "a goal its own parent", bytes: sample(replacing: "\"area\": \"leadership\",\n      \"status\"",
                                                                with: "\"area\": \"leadership\",\n      \"parent\": \"G-SEYX\",\n      \"status\""),
                 validate: .refused("parent is the goal itself"), list: .loads),
        ]
    }

    func testEveryHostileFileLoadsOrIsRefusedWithAPositionWithoutCrashHangOrRunawayMemory() throws {
        let folder = TemporaryFolder("agenda-hostile")
        var peak = 0
        var crashes = 0, hangs = 0
        let all = Self.cases
        for hostile in all {
            let file = folder.file(hostile.name.replacingOccurrences(of: " ", with: "-") + ".json")
            try Data(hostile.bytes).write(to: URL(fileURLWithPath: file))
            for (command, expect) in [("validate", hostile.validate), ("list", hostile.list)] {
                let result = Self.run(command, file, expect, in: folder, boundKiB: Self.smallFileBoundKiB, label: hostile.name)
                peak = max(peak, result.peakKiB)
                if result.signal != nil { crashes += 1 }
                if result.timedOut { hangs += 1 }
            }
        }
        ReliabilityFigures.report("hostile files", all.count)
        ReliabilityFigures.report("hostile files crashed", crashes)
        ReliabilityFigures.report("hostile files hung", hangs)
        ReliabilityFigures.report("hostile files peak memory KiB (largest of all)", peak)
        ReliabilityFigures.report("hostile files memory measured by GNU time (1) or bounded by ru_maxrss (0)",
                                  ChildProcess.measuresExactly ? 1 : 0)
    }

    /// Runs a command on a file and checks what it did against what it must do.
    @discardableResult
    static func run(_ command: String, _ file: String, _ expect: Expect, in folder: TemporaryFolder, boundKiB: Int,
                    label: String, extra: [String] = []) -> ChildProcess.Outcome {
        let (outcome, output) = ChildProcess.runAgenda(
            [command, file] + extra, timeout: timeLimit, in: folder, measuringMemory: true)
        let what = "\(label): agenda \(command)"
        XCTAssertNil(outcome.signal, "\(what) crashed with signal \(outcome.signal ?? 0): \(output.prefix(2_000))")
        XCTAssertFalse(outcome.timedOut, "\(what) ran past \(Int(timeLimit)) s")
        // A sanitizer's shadow memory and quarantine are no part of the program's own use (under
        // AddressSanitizer, 20,000 problems took 177 MB): the bound is checked in ordinary builds.
        if Sanitizer.active == nil {
            XCTAssertLessThan(outcome.peakKiB, boundKiB, "\(what) took \(outcome.peakKiB) KiB")
        }
        switch expect {
        case .loads:
            XCTAssertEqual(outcome.exitStatus, 0, "\(what) should load: \(output.prefix(2_000))")
        case .refused(let text):
            XCTAssertEqual(outcome.exitStatus, 1, "\(what) should refuse: \(output.prefix(2_000))")
            let name = (file as NSString).lastPathComponent
            let first = output.split(separator: "\n").first.map(String.init) ?? ""
            XCTAssertTrue(hasPosition(first, file: name), "\(what): no FILE:LINE:COLUMN in \(first.prefix(500))")
            XCTAssertTrue(output.contains(text), "\(what): expected \(text) in \(output.prefix(2_000))")
        }
        return outcome
    }

    /// Whether a line starts with `...NAME:LINE:COLUMN: `.
    static func hasPosition(_ line: String, file name: String) -> Bool {
        guard let range = line.range(of: name + ":") else { return false }
        let parts = line[range.upperBound...].split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
        return parts.count == 3 && Int(parts[0]) != nil && Int(parts[1]) != nil && parts[2].hasPrefix(" ")
    }
}
