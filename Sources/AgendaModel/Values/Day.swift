import Foundation

/// A calendar day, such as a due date, with no time of day and no time zone.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A day from its parts, or nil when the date does not exist (2027-02-30).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= Day.daysIn(month: month, year: year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// A day from `YYYY-MM-DD`, or nil when the text is not such a day.
    public init?(_ text: some StringProtocol) {
        var text = String(text)
        guard let day = text.withUTF8({ Day(utf8: $0) }) else { return nil }
        self = day
    }

    /// A day from the UTF-8 bytes of `YYYY-MM-DD`, or nil when they are not such a day.
    public init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let y = Day.digits(bytes, 0, 4), let m = Day.digits(bytes, 5, 2), let d = Day.digits(bytes, 8, 2)
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The number written by `count` ASCII digits from `start`, or nil if one is not a digit.
    @inline(__always)
    static func digits(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) -> Int? {
        var value = 0
        for index in start..<(start + count) {
            let digit = bytes[index] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
        }
        return value
    }

    /// The day in `YYYY-MM-DD` form.
    public var description: String {
        Day.pad(year, 4) + "-" + Day.pad(month, 2) + "-" + Day.pad(day, 2)
    }

    /// Days since 1970-01-01 (negative before it).
    public var daysSinceEpoch: Int {
        CivilCalendar.daysFromCivil(year: year, month: month, day: day)
    }

    /// The day that is `daysSinceEpoch` days after 1970-01-01.
    public init(daysSinceEpoch: Int) {
        let (y, m, d) = CivilCalendar.civilFromDays(daysSinceEpoch)
        self.year = y
        self.month = m
        self.day = d
    }

    /// The UTC day of an instant.
    public init(_ date: Date) {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        self.init(daysSinceEpoch: seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
    }

    /// This day moved by a number of days.
    public func adding(days: Int) -> Day {
        Day(daysSinceEpoch: daysSinceEpoch + days)
    }

    public static func < (lhs: Day, rhs: Day) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}
