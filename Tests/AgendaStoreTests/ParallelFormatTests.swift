import AgendaModel
@testable import AgendaStore
import Foundation
import Testing
import TestSupport

/// Reading and writing a large goals array on two cores gives exactly what doing it in one pass gives:
/// the same agenda, the same errors at the same places, the same bytes.
@Suite struct ParallelFormatTests {
    static let agenda = AgendaGenerator.agenda(goals: 4_000)
    static let bytes = JSONAgendaFormat().encode(agenda)
    let format = JSONAgendaFormat()

    @Test func aLargeFileIsSplitAndReadsAsInOnePass() throws {
        #expect(Self.bytes.count > AgendaJSONDecoder.parallelThreshold)
        let parallel = try format.decode(Self.bytes, parallel: true)
        let sequential = try format.decode(Self.bytes, parallel: false)
        #expect(parallel == sequential)
        #expect(parallel == Self.agenda)
        #expect(format.encode(parallel) == Self.bytes)
        // Written in two halves, the bytes are those of writing goal after goal.
        #expect(AgendaJSONEncoder.encode(Self.agenda, parallel: false) == Self.bytes)
        #expect(Self.agenda.goals.count >= AgendaJSONEncoder.parallelGoals)
    }

    /// The sample and small generated agendas, split whatever their size: the same agenda and the
    /// same bytes as one pass.
    @Test(arguments: [0, 1, 2, 3, 50, 500])
    func anyAgendaSplitAnywhereReadsAndWritesAsInOnePass(goals: Int) throws {
        let bytes: [UInt8]
        if goals == 0 {
            bytes = [UInt8](FileManager.default.contents(atPath: Paths.sampleAgenda)!)
        } else {
            bytes = format.encode(AgendaGenerator.agenda(goals: goals))
        }
        let one = try format.decode(bytes, splitAbove: nil)
        let split = try format.decode(bytes, splitAbove: 0)
        #expect(split == one)
        #expect(AgendaJSONEncoder.encode(one, splitFrom: 0) == bytes)
        #expect(AgendaJSONEncoder.encode(one, splitFrom: nil) == bytes)
    }

    @Test func aListingHoldsEveryGoalWithWhatAListShows() throws {
        let listing = try format.decodeForListing(Self.bytes)
        #expect(listing.goals.count == Self.agenda.goals.count)
        #expect(listing.areas == Self.agenda.areas && listing.organizations == Self.agenda.organizations)
        #expect(listing.reviews == Self.agenda.reviews && listing.people.isEmpty && listing.sessions.isEmpty)
        for (shown, whole) in zip(listing.goals, Self.agenda.goals) {
            var expected = whole
            expected.description = ""
            expected.notes = []
            expected.history = []
            expected.source = nil
            expected.origin = nil
            expected.createdAt = Date(timeIntervalSince1970: 0)
            expected.updatedAt = Date(timeIntervalSince1970: 0)
            expected.extras = ExtraFields()
            #expect(shown == expected)
        }
        // A broken byte in a description passed over is still found, where a full read finds it.
        var broken = Self.bytes
        let description = Array("\"description\": \"".utf8)
        let at = (Self.bytes.count / 3..<Self.bytes.count).first { Self.bytes[$0...].starts(with: description) }!
        broken[at + description.count + 3] = 0xFF
        var full: JSONSyntaxError?
        var listed: JSONSyntaxError?
        do { _ = try format.decode(broken) } catch { full = error }
        do { _ = try format.decodeForListing(broken) } catch { listed = error }
        #expect(full != nil && full?.offset == listed?.offset)
    }

    @Test(arguments: [0.25, 0.6, 0.9])
    func anErrorInEitherPartIsReportedWhereOnePassFindsIt(at fraction: Double) throws {
        var bytes = Self.bytes
        // Break a title somewhere in the file: a raw line break inside a string.
        var index = Int(Double(bytes.count) * fraction)
        let title = Array("\"title\": \"".utf8)
        while !bytes[index..<(index + title.count)].elementsEqual(title) { index += 1 }
        bytes[index + title.count + 2] = 0x0A
        func failure(_ parallel: Bool) -> JSONSyntaxError? {
            do throws(JSONSyntaxError) {
                _ = try format.decode(bytes, parallel: parallel)
                return nil
            } catch {
                return error
            }
        }
        let one = try #require(failure(false))
        let two = try #require(failure(true))
        #expect(one.offset == two.offset && one.fullMessage == two.fullMessage)
    }

    @Test func aFileNotInTheLayoutIsReadInOnePass() throws {
        // The same agenda with no line breaks: no boundary is found, and nothing is lost.
        let compact = Self.bytes.filter { $0 != 0x0A }
        #expect(try format.decode(compact, parallel: true) == Self.agenda)
        // A boundary that is not one of the goals array (inside a goal, an array of objects written at
        // four spaces) is not landed on by the first reader, which reads on alone.
        let goalsStart = Self.bytes.indices.first { Self.bytes[$0...].starts(with: Array("\"goals\": [".utf8)) }!
        let searchFrom = goalsStart + 9 + (Self.bytes.count - goalsStart - 9) / 2
        // Just before the next member of the goal the search starts in.
        let member = Array("\n      \"".utf8)
        let at = (searchFrom..<Self.bytes.count).first { Self.bytes[$0...].starts(with: member) }!
        var shifted = Self.bytes
        let odd = Array("\n      \"odd\": [{},\n    {}],".utf8)
        shifted.insert(contentsOf: odd, at: at)
        let candidate = shifted.withUnsafeBufferPointer { buffer in
            JSONReader(buffer).likelyElementBoundary(after: searchFrom)
        }
        #expect(candidate == at + odd.count - 4)
        let one = try format.decode(shifted, parallel: false)
        #expect(one.goals.count == Self.agenda.goals.count)
        #expect(try format.decode(shifted, parallel: true) == one)
    }
}

/// Times written digit by digit read as the same text `Timestamp.format` gives.
struct TimeWritingTests {
    @Test func timesAreWrittenAsTimestampFormatsThem() {
        var random = SeededRandom(seed: 7)
        var dates = [Date(timeIntervalSince1970: 0), Date(timeIntervalSince1970: -1.5), Date(timeIntervalSince1970: 1_764_384_706.999_6),
                     Date(timeIntervalSince1970: 1_764_384_706.25), Date(timeIntervalSince1970: 253_402_300_799)]
        for _ in 0..<2_000 {
            let seconds = Double(random.next(upperBound: UInt64(4_000_000_000))) - 1_000_000_000
            let millis = Double(random.next(upperBound: UInt64(1_000))) / 1_000
            dates.append(Date(timeIntervalSince1970: seconds + (random.next(upperBound: UInt64(2)) == 0 ? 0 : millis)))
        }
        for date in dates {
            var writer = JSONWriter()
            writer.beginObject()
            writer.member("t", time: date)
            writer.endObject()
            let text = String(decoding: writer.finish(), as: UTF8.self)
            #expect(text == "{\n  \"t\": \"\(Timestamp.format(date))\"\n}\n", "\(date.timeIntervalSince1970)")
        }
    }
}
