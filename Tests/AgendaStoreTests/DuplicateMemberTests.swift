import AgendaModel
@testable import AgendaStore
import Foundation
import Testing
import TestSupport

/// "A duplicate member in one object is an error" (docs/FORMAT.md), in every object of the format, known
/// or not, at any depth; while the JSON reader on its own accepts duplicates as RFC 8259 allows.
@Suite struct DuplicateMemberTests {
    static let session = """
        {"id": "S-1", "title": "Asamblea", "date": "2026-11-29",
         "attendance": {"people": [], "organizations": []},
         "items": [{"id": "I-1", "minutes": 10,
                    "clock": [{"start": "2026-11-29T10:00:00Z", "end": "2026-11-29T10:05:00Z"}],
                    "decisions": [{"time": "2026-11-29T10:01:00Z", "text": "Sí"}],
                    "votes": [{"time": "2026-11-29T10:02:00Z", "question": "¿Sí?", "for": 3, "against": 0, "abstain": 1}]}]}
        """

    static func agenda(goalExtra: String = "", session: String = DuplicateMemberTests.session) -> String {
        """
        {"title": "T", "areas": [{"id": "a", "name": "A"}],
         "goals": [{"id": "G-1", "title": "Uno", "area": "a", "origin": {"session": "S-1", "item": "I-1"}\(goalExtra)}],
         "sessions": [\(session)]}
        """
    }

    func message(_ text: String) -> String? {
        do {
            _ = try JSONAgendaFormat().decode(Array(text.utf8))
            return nil
        } catch {
            return error.fullMessage
        }
    }

    @Test func theFixtureLoads() {
        #expect(message(Self.agenda()) == nil)
    }

    @Test(arguments: [
        ("{\"session\": \"S-1\", \"item\": \"I-1\"}", "{\"session\": \"S-1\", \"session\": \"S-2\", \"item\": \"I-1\"}", "session"),
        ("{\"people\": [], \"organizations\": []}", "{\"people\": [], \"people\": [\"x\"], \"organizations\": []}", "people"),
        ("\"end\": \"2026-11-29T10:05:00Z\"", "\"end\": \"2026-11-29T10:05:00Z\", \"start\": \"2026-11-29T10:00:00Z\"", "start"),
        ("\"text\": \"Sí\"", "\"text\": \"Sí\", \"text\": \"No\"", "text"),
        ("\"for\": 3,", "\"for\": 3, \"for\": 4,", "for"),
    ])
    func aKnownMemberTwiceInASmallObjectIsRefused(find: String, replace: String, key: String) throws {
        let text = Self.agenda().replacingOccurrences(of: find, with: replace)
        #expect(text != Self.agenda())
        #expect(message(text)?.contains("the member \"\(key)\" appears twice in one object") == true, "\(message(text) ?? "loaded")")
    }

    @Test func anUnknownMemberTwiceIsRefusedAtAnyDepth() {
        #expect(message(Self.agenda(goalExtra: ", \"x\": 1, \"x\": 2"))?.contains("\"x\" appears twice") == true)
        #expect(message(Self.agenda(goalExtra: ", \"x\": [{\"a\": 1, \"b\": {\"c\": 1, \"c\": 2}}]"))?
            .contains("\"c\" appears twice") == true)
        // Different objects may share names.
        #expect(message(Self.agenda(goalExtra: ", \"x\": [{\"a\": 1}, {\"a\": 2}], \"y\": {\"a\": {\"a\": 3}}")) == nil)
    }

    @Test func aHundredThousandUnknownMembersLoadQuicklyAndTheLastDuplicateIsFound() throws {
        let members = (0..<100_000).map { "\"k\($0)\": \($0)" }.joined(separator: ", ")
        let started = Date()
        let agenda = try JSONAgendaFormat().decode(Array("{\"title\": \"T\", \(members)}".utf8))
        #expect(agenda.extras.members.count == 100_000)
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(message("{\"title\": \"T\", \(members), \"k99999\": 0}")?.contains("\"k99999\" appears twice") == true)
    }

    @Test func theReaderAloneStillAcceptsDuplicates() throws {
        let value = try JSONReader.read(Array("{\"a\": 1, \"a\": 2}".utf8)) { (reader) throws(JSONSyntaxError) -> JSONValue in
            try reader.readValue()
        }
        #expect(value == .object([JSONMember("a", .number("1")), JSONMember("a", .number("2"))]))
    }
}
