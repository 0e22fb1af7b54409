import Foundation

/// ISO 8601 UTC text for instants, as agenda files store them (`2026-11-29T03:31:46Z`).
///
/// Written and read by hand: Foundation's formatters are slow for files with many thousands of dates.
public enum Timestamp {
    /// The ISO 8601 UTC text of an instant: whole seconds, or milliseconds when it has a fraction.
    public static func format(_ date: Date) -> String {
        let (day, secondOfDay, millis) = parts(date)
        var text = day.description + "T" + Day.pad(secondOfDay / 3600, 2) + ":"
            + Day.pad(secondOfDay / 60 % 60, 2) + ":" + Day.pad(secondOfDay % 60, 2)
        if millis != 0 {
            text += "." + Day.pad(millis, 3)
        }
        return text + "Z"
    }

    /// An instant as files write it: its day in UTC, the second of that day, and the milliseconds
    /// (rounded to the nearest; a fraction that rounds to a whole second counts as that second).
    @inlinable
    public static func parts(_ date: Date) -> (day: Day, secondOfDay: Int, millis: Int) {
        let interval = date.timeIntervalSince1970
        var seconds = Int(interval.rounded(.down))
        var millis = Int(((interval - Double(seconds)) * 1000).rounded())
        if millis == 1000 {
            seconds += 1
            millis = 0
        }
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        return (Day(daysSinceEpoch: days), seconds - days * 86_400, millis)
    }

    /// The instant of an ISO 8601 text (`YYYY-MM-DDTHH:MM:SS[.fff](Z|±HH:MM)`), or nil.
    ///
    /// The instant is kept to the millisecond, as `format` writes it, and must fall in the years
    /// 0001-9999 in UTC, which `format` can write and this reads back: `9999-12-31T23:59:60Z` or
    /// `0001-01-01T00:00:00+01:00` is refused rather than saved as a year 10000 or 0 no program reads.
    public static func parse(_ text: some StringProtocol) -> Date? {
        var text = String(text)
        return text.withUTF8 { parse(utf8: $0) }
    }

    /// Milliseconds since 1970 of 0001-01-01T00:00:00Z and of 10000-01-01T00:00:00Z.
    static let firstMillisecond = CivilCalendar.daysFromCivil(year: 1, month: 1, day: 1) * 86_400_000
    static let endMillisecond = CivilCalendar.daysFromCivil(year: 10_000, month: 1, day: 1) * 86_400_000

    /// The instant of the UTF-8 bytes of an ISO 8601 text, or nil.
    public static func parse(utf8 b: UnsafeBufferPointer<UInt8>) -> Date? {
        guard b.count >= 20, b[10] == UInt8(ascii: "T") || b[10] == UInt8(ascii: "t"),
              let day = Day(utf8: UnsafeBufferPointer(rebasing: b[0..<10])),
              b[13] == UInt8(ascii: ":"), b[16] == UInt8(ascii: ":"),
              let hh = Day.digits(b, 11, 2), let mm = Day.digits(b, 14, 2), let ss = Day.digits(b, 17, 2),
              hh < 24, mm < 60, ss < 61
        else { return nil }
        var index = 19
        // A fraction, to the nearest millisecond (half up), in whole numbers.
        var millis = 0
        if b[index] == UInt8(ascii: ".") {
            index += 1
            var digits = 0
            var roundUp = false
            while index < b.count, b[index] >= UInt8(ascii: "0"), b[index] <= UInt8(ascii: "9") {
                let digit = Int(b[index] - UInt8(ascii: "0"))
                if digits < 3 {
                    millis = millis * 10 + digit
                } else if digits == 3 {
                    roundUp = digit >= 5
                }
                digits += 1
                index += 1
            }
            guard digits > 0 else { return nil }
            for _ in min(digits, 3)..<3 { millis *= 10 }
            if roundUp { millis += 1 }
        }
        guard index < b.count else { return nil }
        var offset = 0
        if b[index] == UInt8(ascii: "Z") || b[index] == UInt8(ascii: "z") {
            index += 1
        } else if b[index] == UInt8(ascii: "+") || b[index] == UInt8(ascii: "-"), b.count == index + 6,
                  b[index + 3] == UInt8(ascii: ":"),
                  let oh = Day.digits(b, index + 1, 2), let om = Day.digits(b, index + 4, 2), oh < 24, om < 60 {
            offset = (oh * 3600 + om * 60) * (b[index] == UInt8(ascii: "+") ? 1 : -1)
            index += 6
        } else {
            return nil
        }
        guard index == b.count else { return nil }
        let seconds = day.daysSinceEpoch * 86_400 + hh * 3600 + mm * 60 + ss - offset
        let total = seconds * 1000 + millis
        guard total >= firstMillisecond, total < endMillisecond else { return nil }
        // Whole seconds and milliseconds apart, as `format` splits them, so the two agree exactly.
        let whole = total >= 0 ? total / 1000 : (total - 999) / 1000
        return Date(timeIntervalSince1970: Double(whole) + Double(total - whole * 1000) / 1000)
    }
}
