import AgendaLocalization
import AgendaModel
import Foundation

/// Activity as a log for `agenda log`: each entry's time, kind, event, who, goal, session and what
/// happened in words, as rows of text for a table or a CSV file, or as fields for JSON.
public struct ActivityLog {
    public let entries: [Activity.Entry]
    public let words: ActivityWords

    public init(_ agenda: Agenda, filter: Activity.Filter, strings: Strings) {
        entries = Activity(agenda, filter: filter).entries
        words = ActivityWords(agenda, strings)
    }

    /// The CSV file's header: the keys of `fields`.
    public static let header = ["time", "kind", "event", "by", "goal", "session", "title", "field", "from", "to", "text"]

    /// An entry's fields, by the keys of `header`: what a program reads (the file's keys and values for
    /// a change) and `text`, what people read.
    public func fields(_ entry: Activity.Entry) -> [(key: String, value: String?)] {
        let change = entry.change
        return [
            ("time", Timestamp.format(entry.time)), ("kind", entry.kind.rawValue), ("event", Self.event(entry)),
            ("by", entry.by.isEmpty ? nil : entry.by), ("goal", entry.goal), ("session", entry.session), ("title", entry.title),
            ("field", change?.field ?? entry.review.map { _ in "review" } ?? entry.deletion.map { _ in "deleted" }), ("from", change?.from),
            ("to", change?.to ?? entry.review?.health.rawValue), ("text", words.describe(entry)),
        ]
    }

    /// What happened, as a key: `change`, `undo`, `redo`, `review`, `deleted`, `planned`, `started`, `ended`,
    /// `attendance`, `decision`, `vote` or `action`.
    public static func event(_ entry: Activity.Entry) -> String {
        switch entry.event {
        case .change: "change"
        case .undo: "undo"
        case .redo: "redo"
        case .review: "review"
        case .deleted: "deleted"
        case .planned: "planned"
        case .started: "started"
        case .ended: "ended"
        case .attendance: "attendance"
        case .decision: "decision"
        case .vote: "vote"
        case .action: "action"
        }
    }

    /// The log as CSV, cells that a spreadsheet would run as a formula neutralized.
    public func csv() -> String {
        var csv = CSVWriter(neutralizesFormulas: true)
        csv.append(Self.header)
        for entry in entries { csv.append(fields(entry).map { $0.value ?? "" }) }
        return csv.text
    }
}
