import AgendaModel
@testable import AgendaStore
import Foundation
import Testing
import TestSupport

/// Control characters in files: the writer escapes them all, and `controlCharacters(in:)` finds each
/// text holding one at its line and column, in one pass however many there are.
@Suite struct ControlCharacterTests {
    let format = JSONAgendaFormat()

    /// Every scalar the writer escapes beyond `"` and `\`: C0, DEL, C1, bidirectional controls, U+2028 and U+2029.
    static let escapedScalars: [UInt32] = Array(0..<0x20) + Array(0x7F..<0xA0) + Array(0x2028...0x202E) + Array(0x2066...0x2069)

    @Test func theWriterEscapesEveryControlCharacterAndTheLineSeparatorsAndReadsThemBack() throws {
        var agenda = Fixtures.agenda()
        let hostile = String(String.UnicodeScalarView(Self.escapedScalars.map { Unicode.Scalar($0)! }))
        agenda.goals[0].title = "Michoaca\u{301}n " + hostile + " 日本 👩🏽‍🌾 \u{2027}\u{202F}\u{2065}\u{206A}"
        agenda.goals[0].owners = ["\u{202E}" + hostile]
        let bytes = format.encode(agenda)
        let file = String(decoding: bytes, as: UTF8.self)
        let raw = file.unicodeScalars.filter { Self.escapedScalars.contains($0.value) && $0 != "\n" }
        #expect(raw.isEmpty, "raw in the file: \(raw.map(\.value))")
        #expect(file.contains(#"\u001b"#) && file.contains(#"\u007f"#) && file.contains(#"\u009b"#))
        #expect(file.contains(#"\u2028\u2029\u202a\u202b\u202c\u202d\u202e"#) && file.contains(#"\u2066\u2067\u2068\u2069"#))
        #expect(file.contains(#"\b\t\n\u000b\f\r"#))
        // Text around them stays raw UTF-8, the neighbours of the escaped ranges included.
        #expect(file.contains("Michoaca\u{301}n \\u0000") && file.contains(" 日本 👩🏽‍🌾 \u{2027}\u{202F}\u{2065}\u{206A}\""))
        let read = try format.decode(bytes)
        #expect(Array(read.goals[0].title.unicodeScalars) == Array(agenda.goals[0].title.unicodeScalars))
        #expect(read.goals[0].owners == agenda.goals[0].owners)
        #expect(format.encode(read) == bytes)
        // JSON's own reader reads the same text.
        let object = try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any]
        let goals = try #require(object?["goals"] as? [[String: Any]])
        #expect(goals[0]["title"] as? String == agenda.goals[0].title)
    }

    @Test func eachTextIsFoundAtItsFirstControlCharacterWithItsCount() throws {
        let text = """
            {
              "title": "plain \\n\\t and \\r\\n and \\u000D\\u000a and \\"quoted\\"",
              "\\u001bkey": "keys are not looked at",
              "goals": [
                {"title": "x\\u001b]0;t\\u0007", "owners": ["ok", "Ana \u{202E}x\u{2066}"]},
                {"notes": [{"text": "a\\rb"}, {"text": "DEL \u{7F} C1 \u{9B} \\b \\f"}]}
              ],
              "other": {"deep": ["é\u{85}"]}
            }
            """
        let bytes = Array(text.utf8)
        let found = format.controlCharacters(in: bytes)
        #expect(found.map(\.path) == [
            [.key("goals"), .index(0), .key("title")],
            [.key("goals"), .index(0), .key("owners"), .index(1)],
            [.key("goals"), .index(1), .key("notes"), .index(0), .key("text")],
            [.key("goals"), .index(1), .key("notes"), .index(1), .key("text")],
            [.key("other"), .key("deep"), .index(0)],
        ])
        #expect(found.map(\.character.name) == ["ESC", "RLO", "CR", "DEL", "NEL"])
        #expect(found.map(\.count) == [2, 2, 1, 4, 1])
        let positions = SourcePosition.positions(of: found.map(\.offset), in: bytes)
        #expect(positions.map(\.description) == ["5:17", "5:58", "6:27", "6:48", "8:24"])
        // Each offset is where the file holds the character: an escape's backslash or the raw bytes.
        #expect(bytes[found[0].offset] == UInt8(ascii: "\\") && bytes[found[1].offset] == 0xE2)
        #expect(bytes[found[3].offset] == 0x7F && bytes[found[4].offset] == 0xC2)
    }

    @Test func aFileWithThousandsOfSuchTextsIsReadAndPlacedOnce() throws {
        var agenda = AgendaGenerator.agenda(goals: 10_000)
        for index in agenda.goals.indices {
            agenda.goals[index].title = "Goal \(index) \u{1B}[2J"
        }
        let folder = TemporaryFolder()
        let path = folder.file("many.json")
        try FileAgendaStore().create(agenda, at: path)
        let start = Date()
        let found = FileAgendaStore().controlCharacters(in: path)
        let elapsed = Date().timeIntervalSince(start)
        #expect(found.count == 10_000)
        // Placed as placing each alone would, a sample of them: the title's line, after its opening quote.
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        for finding in found.enumerated().filter({ $0.offset % 2_499 == 0 }).map(\.element) {
            guard case .index(let index) = finding.path[1] else { continue }
            let value = try #require(format.locate(finding.path, in: bytes))
            let quote = SourcePosition(offset: value, in: bytes)
            let column = quote.column + 1 + "Goal \(index) ".count
            #expect(finding.position == SourcePosition(line: quote.line, column: column), "\(finding.path)")
        }
        // One pass: reading the file once per warning would take minutes here, not seconds.
        #expect(elapsed < 30, "took \(elapsed) s")
    }
}
