import AgendaModel
import Foundation

/// The message of the commit sync makes: a subject that sums up the edits of all the agenda files
/// ("agenda: 2 goals changed (G-12 status active→blocked, ...), 1 added, 1 note"), then the edits one
/// per line, file by file.
enum CommitMessage {
    /// How many changes the subject names before it says "…".
    static let detailsInSubject = 3
    /// How many lines the body gives one file before it says how many more there are.
    static let linesPerFile = 100

    /// The whole message for the changes of some files.
    static func text(for files: [AgendaChanges]) -> String {
        let body = files.map(body).filter { !$0.isEmpty }.joined(separator: "\n\n")
        return subject(for: files) + (body.isEmpty ? "" : "\n\n" + body)
    }

    /// The subject line.
    static func subject(for files: [AgendaChanges]) -> String {
        var parts: [String] = []
        for file in files where file.file == .created {
            parts.append("new agenda \(name(file.path)) (\(counted(file.added.count, "goal")))")
        }
        for file in files where file.file == .deleted {
            parts.append("removed \(name(file.path))")
        }
        let modified = files.filter { $0.file == .modified }
        let changed = modified.flatMap(\.changed)
        var goalParts: [(count: Int, text: String)] = []
        if !changed.isEmpty {
            let details = changed.flatMap { entry in
                entry.changes.isEmpty ? ["\(entry.goal.id) edited"] : entry.changes.map { "\(entry.goal.id) \(short($0))" }
            }
            let shown = details.prefix(detailsInSubject).joined(separator: ", ") + (details.count > detailsInSubject ? ", …" : "")
            goalParts.append((changed.count, "changed (\(shown))"))
        }
        let added = modified.reduce(0) { $0 + $1.added.count }
        let deleted = modified.reduce(0) { $0 + $1.deleted.count }
        if added > 0 { goalParts.append((added, "added")) }
        if deleted > 0 { goalParts.append((deleted, "deleted")) }
        for (index, part) in goalParts.enumerated() {
            parts.append(index == 0 ? "\(counted(part.count, "goal")) \(part.text)" : "\(part.count) \(part.text)")
        }
        let notes = modified.reduce(0) { $0 + $1.notes.count }
        if notes > 0 { parts.append(counted(notes, "note")) }
        let settled = modified.reduce(0) { $0 + $1.settled }
        if settled > 0 { parts.append(counted(settled, "conflict") + " settled") }
        let opened = modified.reduce(0) { $0 + $1.opened }
        if opened > 0 { parts.append(counted(opened, "conflict") + " recorded") }
        var records: [(noun: String, count: Int)] = []
        for (count, noun) in modified.flatMap(\.records) {
            if let index = records.firstIndex(where: { $0.noun == noun }) {
                records[index].count += count
            } else {
                records.append((noun, count))
            }
        }
        parts += records.map { counted($0.count, $0.noun) + " changed" }
        if modified.contains(where: \.retitled) { parts.append("title or description changed") }
        if parts.isEmpty {
            let names = files.map { name($0.path) }.joined(separator: ", ")
            return "agenda: \(names) saved again (no edit recorded)"
        }
        return "agenda: " + parts.joined(separator: ", ")
    }

    /// The body's lines for one file, headed by its path.
    static func body(for file: AgendaChanges) -> String {
        var lines: [String] = []
        switch file.file {
        case .created: lines.append("new agenda with \(counted(file.added.count, "goal"))")
        case .deleted: lines.append("agenda removed")
        case .modified:
            for goal in file.added {
                lines.append("\(goal.id) added: \(quoted(goal.title))" + by(goal.history.first))
            }
            for (goal, changes) in file.changed {
                if changes.isEmpty { lines.append("\(goal.id) edited (no history entry)") }
                for change in changes {
                    lines.append("\(goal.id) \(long(change))" + by(change))
                }
            }
            for (goal, change) in file.notes {
                lines.append("\(goal) note: \(quoted(change.to ?? ""))" + by(change))
            }
            for goal in file.deleted {
                lines.append("\(goal.id) deleted: \(quoted(goal.title))")
            }
            if file.settled > 0 { lines.append(counted(file.settled, "conflict") + " settled") }
            if file.opened > 0 { lines.append(counted(file.opened, "conflict") + " recorded, to settle") }
            lines += file.records.map { counted($0.count, $0.noun) + " changed" }
            if file.retitled { lines.append("the agenda's title or description changed") }
        }
        guard !lines.isEmpty else { return "" }
        if lines.count > linesPerFile {
            let more = lines.count - linesPerFile
            lines = Array(lines.prefix(linesPerFile)) + ["… and \(more) more"]
        }
        return file.path + ":\n" + lines.map { "- " + $0 }.joined(separator: "\n")
    }

    /// A change as the subject names it: `status active→blocked`, `owner +Ana`, `title edited`.
    static func short(_ change: Change) -> String {
        if wordy.contains(change.field) { return "\(change.field) edited" }
        let field = listItem[change.field] ?? change.field
        switch (change.from, change.to) {
        case (nil, let to?) where listItem[change.field] != nil: return "\(field) +\(clipped(to, 24))"
        case (let from?, nil) where listItem[change.field] != nil: return "\(field) −\(clipped(from, 24))"
        default: return "\(field) \(clipped(change.from ?? "none", 24))→\(clipped(change.to ?? "none", 24))"
        }
    }

    /// A change as the body tells it: `status: active → blocked`, `owners: + Ana`.
    static func long(_ change: Change) -> String {
        let limit = 60
        switch (change.from, change.to) {
        case (nil, let to?) where listItem[change.field] != nil: return "\(change.field): + \(clipped(to, limit))"
        case (let from?, nil) where listItem[change.field] != nil: return "\(change.field): − \(clipped(from, limit))"
        case (let from, let to) where wordy.contains(change.field):
            return "\(change.field): \(quoted(from ?? "")) → \(quoted(to ?? ""))"
        default:
            return "\(change.field): \(clipped(change.from ?? "none", limit)) → \(clipped(change.to ?? "none", limit))"
        }
    }

    /// Fields that hold lists, with the word for one item.
    private static let listItem = ["owners": "owner", "organizations": "organization", "countries": "country", "tags": "tag", "notes": "note"]
    /// Fields of free text, too long to show in the subject.
    private static let wordy: Set<String> = ["title", "description", "source"]

    private static func by(_ change: Change?) -> String {
        guard let change else { return "" }
        return " (\(change.by), \(Timestamp.format(change.time)))"
    }

    private static func quoted(_ text: String) -> String {
        "\"" + clipped(text, 60) + "\""
    }

    /// The text on one line, its control characters as visible escapes (`git log` prints a message
    /// raw), cut with "…" past `limit` characters.
    static func clipped(_ text: String, _ limit: Int) -> String {
        let line = text.split(whereSeparator: \.isNewline).joined(separator: " ").escapingControls()
        return line.count <= limit ? line : String(line.prefix(limit - 1)) + "…"
    }

    /// "1 goal", "2 goals", "1 person", "2 people".
    static func counted(_ count: Int, _ noun: String) -> String {
        if count == 1 { return "1 \(noun)" }
        return "\(count) " + (noun == "person" ? "people" : noun + "s")
    }

    /// A file's name without its folders.
    private static func name(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
