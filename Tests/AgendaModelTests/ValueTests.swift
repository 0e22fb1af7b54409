import AgendaModel
import Foundation
import Testing

/// Calendar days, timestamps and goal ids.
@Suite struct ValueTests {
    @Test func daysParseOnlyRealDates() {
        #expect(Day("2027-02-28")?.description == "2027-02-28")
        #expect(Day("2027-02-29") == nil)
        #expect(Day("2028-02-29") != nil)
        #expect(Day("2027-02-30") == nil)
        #expect(Day("2027-13-01") == nil)
        #expect(Day("27-01-01") == nil)
        #expect(Day("2027/01/01") == nil)
        #expect(Day("2026-11-29")!.adding(days: 3).description == "2026-12-02")
        #expect(Day("2026-12-31")! < Day("2027-01-01")!)
    }

    @Test func daysRoundTripThroughDayCounts() {
        for count in stride(from: -719_162, through: 2_932_896, by: 997) {  // 0001-01-01 to 9999-12-31
            let day = Day(daysSinceEpoch: count)
            #expect(day.daysSinceEpoch == count)
            #expect(Day(day.description) == day)
        }
    }

    @Test func timestampsAreISO8601UTC() throws {
        let date = try #require(Timestamp.parse("2026-11-29T03:31:46Z"))
        #expect(date.timeIntervalSince1970 == 1_795_923_106)
        #expect(Timestamp.format(date) == "2026-11-29T03:31:46Z")
        #expect(Timestamp.format(Date(timeIntervalSince1970: 0.25)) == "1970-01-01T00:00:00.250Z")
        #expect(Timestamp.parse("2026-11-29T05:31:46+02:00") == date)
        #expect(Timestamp.parse("2026-11-29T03:31:46.5Z")?.timeIntervalSince1970 == 1_795_923_106.5)
        #expect(Timestamp.parse("2026-11-29 03:31:46") == nil)
        #expect(Timestamp.parse("2026-02-30T00:00:00Z") == nil)
        #expect(Timestamp.format(Date(timeIntervalSince1970: -1)) == "1969-12-31T23:59:59Z")
    }

    /// Found by the loader's fuzz target: times that read but are written as a text that does not read
    /// back (a year 10000 or 0), or lose a fraction finer than the millisecond the file keeps.
    @Test func everyTimeReadIsWrittenAsATextThatReadsBackTheSame() throws {
        for text in ["9999-12-31T23:59:60Z", "0001-01-01T00:00:00+01:00", "9999-12-31T23:00:00-01:00",
                     "9999-12-31T23:59:59.9996Z", "2026-01-01T00:00:00+24:00", "2026-01-01T00:00:00+00:60"] {
            #expect(Timestamp.parse(text) == nil, "\(text)")
        }
        #expect(Timestamp.parse("9999-12-31T23:59:59.999Z") != nil)
        #expect(Timestamp.parse("0001-01-01T01:00:00+01:00") != nil)
        for text in ["2026-01-01T00:00:00.0004Z", "2026-01-01t00:00:00.9996z", "1969-12-31T23:59:59.0005Z",
                     "2026-01-01T23:59:59.999999999Z", "2026-11-29T03:31:46.5+02:00", "0001-01-01T00:00:00.001Z",
                     "9999-12-31T23:59:59.999Z", "1969-12-31T23:59:60.25Z"] {
            let date = try #require(Timestamp.parse(text), "\(text)")
            #expect(Timestamp.parse(Timestamp.format(date)) == date, "\(text) written as \(Timestamp.format(date))")
        }
        #expect(Timestamp.format(try #require(Timestamp.parse("2026-01-01T00:00:00.0004Z"))) == "2026-01-01T00:00:00Z")
        #expect(Timestamp.format(try #require(Timestamp.parse("2026-01-01T00:00:00.9996Z"))) == "2026-01-01T00:00:01Z")
        #expect(Timestamp.format(try #require(Timestamp.parse("1969-12-31T23:59:59.0005Z"))) == "1969-12-31T23:59:59.001Z")
    }

    @Test func timestampsAgreeWithFoundation() {
        let formatter = ISO8601DateFormatter()
        var random = SeededRandom(seed: 7)
        for _ in 0..<2_000 {
            let seconds = Double(random.next(upperBound: UInt64(4_000_000_000)))
            let date = Date(timeIntervalSince1970: seconds)
            #expect(Timestamp.format(date) == formatter.string(from: date))
        }
    }

    @Test func goalIdsAreShortUniqueAndDeterministicWithASeed() {
        var first = GoalIDGenerator(random: SeededRandom(seed: 42))
        var second = GoalIDGenerator(random: SeededRandom(seed: 42))
        var existing: Set<String> = []
        for _ in 0..<3_000 {
            let id = first.next(avoiding: existing)
            #expect(id == second.next(avoiding: existing))
            #expect(!existing.contains(id))
            existing.insert(id)
        }
        #expect(existing.allSatisfy { $0.hasPrefix("G-") && $0.count <= 7 })
        #expect(existing.allSatisfy { !$0.dropFirst(2).contains { "ILOU".contains($0) } })
    }
}
