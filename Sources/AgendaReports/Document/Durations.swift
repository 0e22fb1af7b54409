import Foundation

/// Lengths of time as people read them: on a clock (`4:05`, `1:02:09`) or in words that cannot be
/// mistaken (`6 min 43 s`, `1 h 5 min`).
public enum Durations {
    /// Seconds as `m:ss`, or `h:mm:ss` from an hour.
    public static func clock(_ seconds: TimeInterval) -> String {
        let total = max(0, Int(seconds.rounded(.down)))
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        if total >= 3600 { return "\(total / 3600):" + two(total / 60 % 60) + ":" + two(total % 60) }
        return "\(total / 60):" + two(total % 60)
    }

    /// Whole minutes as a clock: 90 → `1:30:00`, 15 → `15:00`.
    public static func minutes(_ minutes: Int) -> String {
        clock(TimeInterval(minutes * 60))
    }

    /// Seconds in units, the same in every language of the interface (the SI symbols h, min and s), with
    /// a no-break space between a number and its unit: `6 min 43 s`, `45 min`, `1 h 5 min`, `0 s`.
    /// Seconds are left out from an hour on.
    public static func words(_ seconds: TimeInterval) -> String {
        let total = max(0, Int(seconds.rounded(.down)))
        let (hours, minutes, rest) = (total / 3600, total / 60 % 60, total % 60)
        var parts: [String] = []
        if hours > 0 { parts.append("\(hours)\u{A0}h") }
        if minutes > 0 { parts.append("\(minutes)\u{A0}min") }
        if hours == 0, rest > 0 || minutes == 0 { parts.append("\(rest)\u{A0}s") }
        return parts.joined(separator: " ")
    }

    /// Whole minutes in units: 45 → `45 min`, 90 → `1 h 30 min`, 0 → `0 min`.
    public static func words(minutes: Int) -> String {
        minutes <= 0 ? "0\u{A0}min" : words(TimeInterval(minutes * 60))
    }

    /// Seconds as a duration a spreadsheet reads as a time: `0:06:43`, `1:30:00`.
    public static func spreadsheet(_ seconds: TimeInterval) -> String {
        let total = max(0, Int(seconds.rounded(.down)))
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(total / 3600):" + two(total / 60 % 60) + ":" + two(total % 60)
    }
}
