import Foundation

/// Lengths of time as people read them on a clock: `4:05`, `1:02:09`.
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
}
