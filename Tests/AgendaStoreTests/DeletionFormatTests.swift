import AgendaModel
import AgendaStore
import Foundation
import Testing
import TestSupport

/// The records deleted goals leave: written only when there are some, read back whole, errors placed.
@Suite struct DeletionFormatTests {
    let format = JSONAgendaFormat()
    let later = Fixtures.time.addingTimeInterval(3600)

    func deleted(restored: Bool = false) throws -> Agenda {
        var agenda = Fixtures.agenda()
        try agenda.apply(.deleteGoal(id: "G-0002"), by: "Ana", at: later)
        if restored { try agenda.apply(.restoreGoal(id: "G-0002", deletedAt: later), by: "Luis", at: later.addingTimeInterval(60)) }
        return agenda
    }

    @Test(arguments: [false, true])
    func deletionsRoundTripAndAFileWithoutThemHasNoDeletionsMember(restored: Bool) throws {
        let agenda = try deleted(restored: restored)
        let bytes = format.encode(agenda)
        #expect(try format.decode(bytes) == agenda)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("\"deletions\": ["))
        #expect(text.contains("\"restored\": {") == restored)
        let plain = String(decoding: format.encode(Fixtures.agenda()), as: UTF8.self)
        #expect(!plain.contains("deletions"))
    }

    @Test func aBrokenDeletionIsRefusedWithItsFileLineAndColumn() throws {
        let folder = TemporaryFolder()
        let good = String(decoding: format.encode(try deleted()), as: UTF8.self)
        let stamp = "\"time\": \"" + Timestamp.format(later) + "\",\n      \"by\": \"Ana\""
        #expect(good.contains(stamp))
        let broken = good.replacingOccurrences(of: stamp, with: "\"time\": \"yesterday\",\n      \"by\": \"Ana\"")
        let path = folder.write("agenda.json", broken)
        let line = broken.components(separatedBy: "\n").firstIndex { $0.contains("\"yesterday\"") }! + 1
        let error = #expect(throws: AgendaFileError.self) { _ = try FileAgendaStore().load(path) }
        let message = error?.description ?? ""
        #expect(message.contains("agenda.json:\(line):15: \"time\": 'yesterday' is not a date and time"), "\(message)")
    }

    @Test func theListingReaderPassesOverDeletions() throws {
        let listed = try format.decodeForListing(format.encode(try deleted()))
        #expect(listed.deletions.isEmpty)
    }
}
