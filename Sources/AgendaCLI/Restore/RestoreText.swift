import AgendaModel
import Foundation

/// How `agenda restore` writes times and sizes.
enum RestoreText {
    /// An instant to the second, in ISO 8601 UTC like the dates in agenda files: `2026-11-29T10:15:02Z`.
    static func time(_ date: Date) -> String {
        Timestamp.format(Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down)))
    }

    /// A size in bytes, in decimal units with one decimal: `812 B`, `3.2 kB`, `148.7 MB`.
    static func size(_ bytes: Int64) -> String {
        let units = ["kB", "MB", "GB", "TB"]
        guard bytes >= 1000 else { return "\(bytes) B" }
        var value = Double(bytes) / 1000
        var unit = 0
        while value >= 999.95, unit < units.count - 1 {
            value /= 1000
            unit += 1
        }
        return String(format: "%.1f", value) + " " + units[unit]
    }
}
