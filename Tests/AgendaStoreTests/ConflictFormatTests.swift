import AgendaModel
import AgendaStore
import Foundation
import Testing
import TestSupport

/// Merge conflicts in the file: written only when there are some, read back whole, with their place.
@Suite struct ConflictFormatTests {
    let format = JSONAgendaFormat()
    let time = Fixtures.time

    func conflicted() -> Agenda {
        var agenda = Fixtures.agenda()
        agenda.conflicts = [
            MergeConflict(id: "G-0001", field: "status", kind: .bothChanged, base: "active",
                          sides: [ConflictSide(value: "blocked", by: "Ana", time: time),
                                  ConflictSide(value: "achieved", by: "Luis", time: time.addingTimeInterval(60))]),
            MergeConflict(subject: .organization, id: "alianza", field: "contact.email", kind: .twoWay,
                          sides: [ConflictSide(value: nil), ConflictSide(value: "info@alianza.example")]),
        ]
        return agenda
    }

    @Test func conflictsRoundTripAndAFileWithoutThemHasNoConflictsMember() throws {
        let agenda = conflicted()
        let bytes = format.encode(agenda)
        #expect(try format.decode(bytes) == agenda)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("\"conflicts\": ["))
        #expect(text.contains("\"kind\": \"both-changed\""))
        let plain = String(decoding: format.encode(Fixtures.agenda()), as: UTF8.self)
        #expect(!plain.contains("conflicts"))
    }

    @Test func theListingReaderPassesOverConflicts() throws {
        let listed = try format.decodeForListing(format.encode(conflicted()))
        #expect(listed.conflicts.isEmpty)
        #expect(listed.goals.count == Fixtures.agenda().goals.count)
    }

    @Test func aConflictWithoutSidesIsRefusedWithItsPosition() throws {
        let text = String(decoding: format.encode(conflicted()), as: UTF8.self)
            .replacingOccurrences(of: "\"sides\"", with: "\"sidez\"")
        #expect(throws: JSONSyntaxError.self) { try format.decode(Array(text.utf8)) }
    }

    @Test func aMergedAgendaSurvivesTheStore() throws {
        let folder = TemporaryFolder()
        let path = folder.file("merged.json")
        try FileAgendaStore().create(conflicted(), at: path)
        #expect(try FileAgendaStore().load(path).conflicts == conflicted().conflicts)
        let place = FileAgendaStore().position(of: [.key("conflicts"), .index(1)], in: path)
        #expect(place != nil && place!.line > 1)
    }
}
