import AgendaModel
@testable import AgendaStore
import Foundation
import Testing
import TestSupport

/// Control characters in files: the writer escapes them all.
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
}
