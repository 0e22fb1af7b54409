import AgendaModel
@testable import AgendaStore
import Foundation
import Testing
import TestSupport

/// The code generated from the goal's layout reads and writes what the layout's table does: the same
/// bytes, the same agendas, in a listing too, and the same errors at the same places.
@Suite struct GeneratedCodecTests {
    let format = JSONAgendaFormat()

    /// The same agenda, or the same error (message and offset), read both ways.
    func expectBothRead(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let bytes = Array(text.utf8)
        let generated = Result { () throws(JSONSyntaxError) -> Agenda in try format.decode(bytes, splitAbove: nil) }
        let table = Result { () throws(JSONSyntaxError) -> Agenda in try format.decode(bytes, splitAbove: nil, goalsByTable: true) }
        #expect(generated == table, sourceLocation: sourceLocation)
        let listed = bytes.withUnsafeBufferPointer { buffer in
            (Result { () throws(JSONSyntaxError) -> Agenda in try format.decodeForListing(buffer, goalsByTable: false) },
             Result { () throws(JSONSyntaxError) -> Agenda in try format.decodeForListing(buffer, goalsByTable: true) })
        }
        #expect(listed.0 == listed.1, sourceLocation: sourceLocation)
    }

    @Test(arguments: [0, 1, 7, 300])
    func generatedAgendasAreWrittenAndReadTheSame(goals: Int) throws {
        let agenda = goals == 0
            ? try format.decode([UInt8](try #require(FileManager.default.contents(atPath: Paths.sampleAgenda))))
            : AgendaGenerator.agenda(goals: goals, seed: UInt64(goals))
        let bytes = format.encode(agenda)
        #expect(AgendaJSONEncoder.encode(agenda, splitFrom: nil, goalsByTable: true) == bytes)
        #expect(AgendaJSONEncoder.encode(agenda, splitFrom: 0, goalsByTable: true) == bytes)
        #expect(try format.decode(bytes, splitAbove: 0, goalsByTable: true) == agenda)
        expectBothRead(String(decoding: bytes, as: UTF8.self))
    }

    @Test func everyFieldWithAValueIsWrittenTheSame() {
        var agenda = Fixtures.agenda()
        for index in agenda.goals.indices {
            agenda.goals[index].level = .national
            agenda.goals[index].due = Day(daysSinceEpoch: 20_000 + index)
            agenda.goals[index].origin = GoalOrigin(session: "S-1", item: "I-\(index)", extras: ExtraFields([JSONMember("x", .bool(true))]))
            agenda.goals[index].extras = ExtraFields([JSONMember("later", .array([.number("1"), .null]))])
            agenda.goals[index].notes.append(Note(author: "", time: Fixtures.time, text: "\"quoted\"\n", extras: ExtraFields([JSONMember("n", .string("x"))])))
            agenda.goals[index].history.append(Change(time: Fixtures.time, by: "", field: "status", from: nil, to: "active"))
        }
        let bytes = format.encode(agenda)
        #expect(AgendaJSONEncoder.encode(agenda, splitFrom: nil, goalsByTable: true) == bytes)
        expectBothRead(String(decoding: bytes, as: UTF8.self))
    }

    static func goal(_ members: String) -> String {
        #"{"title": "T", "areas": [{"id": "a", "name": "A"}], "goals": [\#(members)]}"#
    }

    static let note = #"{"author": "Ana", "time": "2026-01-01T00:00:00Z", "text": "Hola"}"#
    static let change = #"{"time": "2026-01-02T00:00:00Z", "by": "Ana", "field": "status", "from": null, "to": "active"}"#

    @Test(arguments: [
        // Well formed, in and out of order, with unknown members, nulls and times left out.
        goal(#"{"id": "G-1", "title": "Uno", "area": "a"}"#),
        goal(#"{"updatedAt": "2026-01-03T00:00:00Z", "area": "a", "title": "Uno", "id": "G-1", "x": {"y": [1]}}"#),
        goal(#"{"id": "G-1", "title": "Uno", "area": "a", "level": null, "parent": null, "due": null, "source": null, "origin": null}"#),
        goal(#"{"id": "G-1", "title": "Uno", "area": "a", "status": "odd", "priority": "urgent", "level": "galactic"}"#),
        goal(#"{"id": "G-1", "title": "Uno", "area": "a", "description": null, "notes": [\#(note)], "history": [\#(change), \#(change)]}"#),
        goal(#"{"id": "G-1", "title": "Uno", "area": "a", "origin": {"item": "I", "session": "S", "z": false}}"#),
        // Missing, repeated and mistyped members, in the goal and in its nested objects.
        goal(#"{"title": "Uno", "area": "a"}"#),
        goal(#"{"id": "G-1", "area": "a"}"#),
        goal(#"{"id": "G-1", "title": "Uno"}"#),
        goal(#"{"id": "G-1", "title": "Uno", "area": "a", "title": "Dos"}"#),
        goal(#"{"id": "G-1", "title": "Uno", "area": "a", "x": 1, "x": 2}"#),
        goal(#"{"id": "G-1", "title": 7, "area": "a"}"#),
        goal(#"{"id": "G-1", "title": "Uno", "area": "a", "progress": 1.5}"#),
        goal(#"{"id": "G-1", "title": "Uno", "area": "a", "due": "tomorrow"}"#),
        goal(#"{"id": "G-1", "title": "Uno", "area": "a", "createdAt": "ayer"}"#),
        goal(#"{"id": "G-1", "title": "Uno", "area": "a", "tags": ["a", 1]}"#),
        goal(#"{"id": "G-1", "title": "Uno", "area": "a", "notes": [{"author": "Ana", "text": "Hola"}]}"#),
        goal(#"{"id": "G-1", "title": "Uno", "area": "a", "notes": [{"time": "2026-01-01T00:00:00Z"}]}"#),
        goal(#"{"id": "G-1", "title": "Uno", "area": "a", "history": [{"time": "2026-01-02T00:00:00Z", "by": "Ana"}]}"#),
        goal(#"{"id": "G-1", "title": "Uno", "area": "a", "history": [{"field": "status", "from": 3}]}"#),
        goal(#"{"id": "G-1", "title": "Uno", "area": "a", "origin": {"session": "S", "item": 4}}"#),
        goal(#"{"id": "G-1", "title": "Uno", "area": "a", "origin": {"session": "S", "session": "T", "item": "I"}}"#),
        goal(#"{"id": "G-1", "title": "Uno", "area": "a", "origin": []}"#),
        goal(#"{"id": "G-1", "title": "Uno", "area": "a", "notes": {}}"#),
    ])
    func oddGoalsReadTheSame(text: String) {
        expectBothRead(text)
    }
}
