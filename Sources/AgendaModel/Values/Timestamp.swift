import Foundation

/// ISO 8601 UTC text for instants, as agenda files store them (`2026-11-29T03:31:46Z`).
///
/// Written and read by hand: Foundation's formatters are slow for files with many thousands of dates.
public enum Timestamp {
    /// The ISO 8601 UTC text of an instant: whole seconds, or milliseconds when it has a fraction.
    public static func format(_ date: Date) -> String {
        let interval = date.timeIntervalSince1970
        var seconds = Int(interval.rounded(.down))
        var millis = Int(((interval - Double(seconds)) * 1000).rounded())
        if millis == 1000 {
            seconds += 1
            millis = 0
        }
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        let day = Day(daysSinceEpoch: days)
        var text = day.description + "T" + Day.pad(secondOfDay / 3600, 2) + ":"
            + Day.pad(secondOfDay / 60 % 60, 2) + ":" + Day.pad(secondOfDay % 60, 2)
        if millis != 0 {
            text += "." + Day.pad(millis, 3)
        }
        return text + "Z"
    }

    /// The instant of an ISO 8601 text (`YYYY-MM-DDTHH:MM:SS[.fff](Z|±HH:MM)`), or nil.
    public static func parse(_ text: some StringProtocol) -> Date? {
        var text = String(text)
        return text.withUTF8 { parse(utf8: $0) }
    }

    /// The instant of the UTF-8 bytes of an ISO 8601 text, or nil.
    public static func parse(utf8 b: UnsafeBufferPointer<UInt8>) -> Date? {
        guard b.count >= 20, b[10] == UInt8(ascii: "T") || b[10] == UInt8(ascii: "t"),
              let day = Day(utf8: UnsafeBufferPointer(rebasing: b[0..<10])),
              b[13] == UInt8(ascii: ":"), b[16] == UInt8(ascii: ":"),
              let hh = Day.digits(b, 11, 2), let mm = Day.digits(b, 14, 2), let ss = Day.digits(b, 17, 2),
              hh < 24, mm < 60, ss < 61
        else { return nil }
        var index = 19
        var fraction = 0.0
        if b[index] == UInt8(ascii: ".") {
            index += 1
            var scale = 0.1
            let start = index
            while index < b.count, b[index] >= UInt8(ascii: "0"), b[index] <= UInt8(ascii: "9") {
                fraction += Double(b[index] - UInt8(ascii: "0")) * scale
                scale /= 10
                index += 1
            }
            guard index > start else { return nil }
        }
        guard index < b.count else { return nil }
        var offset = 0
        if b[index] == UInt8(ascii: "Z") || b[index] == UInt8(ascii: "z") {
            index += 1
        } else if b[index] == UInt8(ascii: "+") || b[index] == UInt8(ascii: "-"), b.count == index + 6,
                  b[index + 3] == UInt8(ascii: ":"),
                  let oh = Day.digits(b, index + 1, 2), let om = Day.digits(b, index + 4, 2) {
            offset = (oh * 3600 + om * 60) * (b[index] == UInt8(ascii: "+") ? 1 : -1)
            index += 6
        } else {
            return nil
        }
        guard index == b.count else { return nil }
        let seconds = day.daysSinceEpoch * 86_400 + hh * 3600 + mm * 60 + ss - offset
        return Date(timeIntervalSince1970: Double(seconds) + fraction)
    }
}
