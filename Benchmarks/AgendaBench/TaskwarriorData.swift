import AgendaModel
import Foundation

/// The same goals as taskwarrior's data files, for comparing the two tools on the same data: each goal
/// a task with its title as description, its area as project, its status as a task status, its
/// creation as the task's entry, its priority, due date and tags, and its notes as annotations.
/// Proposed, active and blocked goals are pending tasks; achieved ones completed, dropped ones deleted.
enum TaskwarriorData {
    /// Writes `pending.data` and `completed.data` (taskwarrior 2.x's own format) into `folder`.
    static func write(_ agenda: Agenda, to folder: String) throws {
        var pending = ""
        var completed = ""
        var random = SeededRandom(seed: 2026)
        for goal in agenda.goals {
            let entry = String(Int(goal.createdAt.timeIntervalSince1970))
            let modified = String(Int(goal.updatedAt.timeIntervalSince1970))
            let status: String
            switch goal.status {
            case .achieved: status = "completed"
            case .dropped: status = "deleted"
            default: status = "pending"
            }
            var fields = [("description", goal.title), ("entry", entry), ("modified", modified), ("project", goal.area),
                          ("status", status), ("uuid", uuid(&random))]
            if status != "pending" { fields.append(("end", modified)) }
            switch goal.priority {
            case .high: fields.append(("priority", "H"))
            case .low: fields.append(("priority", "L"))
            default: fields.append(("priority", "M"))
            }
            if let due = goal.due { fields.append(("due", String(due.daysSinceEpoch * 86_400))) }
            if !goal.tags.isEmpty { fields.append(("tags", goal.tags.joined(separator: ","))) }
            for note in goal.notes {
                fields.append(("annotation_" + String(Int(note.time.timeIntervalSince1970)), note.text))
            }
            fields.sort { $0.0 < $1.0 }
            let line = "[" + fields.map { "\($0.0):\"\(escape($0.1))\"" }.joined(separator: " ") + "]\n"
            if status == "pending" { pending += line } else { completed += line }
        }
        try pending.write(toFile: folder + "/pending.data", atomically: true, encoding: .utf8)
        try completed.write(toFile: folder + "/completed.data", atomically: true, encoding: .utf8)
    }

    /// A value as taskwarrior's data files escape it.
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&dquot;")
            .replacingOccurrences(of: "[", with: "&open;").replacingOccurrences(of: "]", with: "&close;")
    }

    /// A random version-4 UUID from the seeded source, so the data is the same every run.
    static func uuid(_ random: inout SeededRandom) -> String {
        var bytes = (0..<16).map { _ in UInt8(truncatingIfNeeded: random.next()) }
        bytes[6] = bytes[6] & 0x0F | 0x40
        bytes[8] = bytes[8] & 0x3F | 0x80
        let hex = bytes.map { String(format: "%02x", $0) }.joined()
        let parts = [hex.prefix(8), hex.dropFirst(8).prefix(4), hex.dropFirst(12).prefix(4), hex.dropFirst(16).prefix(4),
                     hex.dropFirst(20)]
        return parts.joined(separator: "-")
    }
}
