import AgendaModel
import Foundation

/// The name of one backup: the UTC instant its version was set aside, to the nanosecond, in ISO 8601's
/// basic form, then `.json`: `20250131T123456.123456789Z.json`.
///
/// The names have one length, so they sort by time as text; they hold no colon, so any drive (a USB
/// stick, a shared folder) accepts them; and a person reading the folder sees when each was kept.
struct BackupName: Equatable, Comparable {
    /// Seconds since 1970 (UTC).
    var seconds: Int
    /// Nanoseconds within the second, 0 to 999,999,999.
    var nanoseconds: Int

    /// The current instant of the system clock.
    static func now() -> BackupName {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return BackupName(seconds: Int(time.tv_sec), nanoseconds: Int(time.tv_nsec))
    }

    /// The next name in time order (one nanosecond later), for when a name is taken.
    var next: BackupName {
        nanoseconds == 999_999_999
            ? BackupName(seconds: seconds + 1, nanoseconds: 0) : BackupName(seconds: seconds, nanoseconds: nanoseconds + 1)
    }

    /// The instant, as a date.
    var date: Date {
        Date(timeIntervalSince1970: Double(seconds) + Double(nanoseconds) / 1e9)
    }

    /// The file name: `20250131T123456.123456789Z.json`.
    var text: String {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let second = seconds - days * 86_400
        let day = Day(daysSinceEpoch: days).description.filter { $0 != "-" }
        return day + "T" + Self.digits(second / 3600, 2) + Self.digits(second / 60 % 60, 2) + Self.digits(second % 60, 2)
            + "." + Self.digits(nanoseconds, 9) + "Z.json"
    }

    /// The name a file name stands for, or nil when the file is not a backup (anything else in the folder
    /// is never listed nor removed).
    init?(parsing name: String) {
        let bytes = Array(name.utf8)
        guard bytes.count == 31, bytes[8] == UInt8(ascii: "T"), bytes[15] == UInt8(ascii: "."),
              name.hasSuffix("Z.json") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(4..<6), let dayOfMonth = number(6..<8),
              let hours = number(9..<11), let minutes = number(11..<13), let secs = number(13..<15),
              let nanos = number(16..<25),
              let day = Day(year: year, month: month, day: dayOfMonth), hours < 24, minutes < 60, secs < 60
        else { return nil }
        self.init(seconds: day.daysSinceEpoch * 86_400 + hours * 3600 + minutes * 60 + secs, nanoseconds: nanos)
    }

    init(seconds: Int, nanoseconds: Int) {
        self.seconds = seconds
        self.nanoseconds = nanoseconds
    }

    static func < (left: BackupName, right: BackupName) -> Bool {
        (left.seconds, left.nanoseconds) < (right.seconds, right.nanoseconds)
    }

    private static func digits(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
