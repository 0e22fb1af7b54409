import Foundation

extension GoalFieldDescriptor {
    /// The field's value as text, the way a merge compares it and a conflict records it: nil for an
    /// empty description or an absent value, and for the fields that are not one value (lists,
    /// notes, history, times, origin).
    public func text(of goal: Goal) -> String? {
        switch kind {
        case .text(let field, _): field.get(goal)
        case .optionalText(let field): field.get(goal)
        case .prose(let field): field.get(goal).isEmpty ? nil : field.get(goal)
        case .int(let field): String(field.get(goal))
        case .day(let field): field.get(goal)?.description
        case .list, .time, .notes, .history, .origin, .translations: nil
        }
    }

    /// Sets the field from its text (as `text(of:)` gives it); nil sets the value that stands for
    /// none. Does nothing to the fields that are not one value.
    public func setText(_ text: String?, on goal: inout Goal) {
        switch kind {
        case .text(let field, let absent): field.set(&goal, text ?? absent)
        case .optionalText(let field): field.set(&goal, text)
        case .prose(let field): field.set(&goal, text ?? "")
        case .int(let field): field.set(&goal, text.flatMap { Int($0) } ?? 0)
        case .day(let field): field.set(&goal, text.flatMap { Day($0) })
        case .list, .time, .notes, .history, .origin, .translations: break
        }
    }

    /// Whether the goals CSV has a column for the field, headed by its key: every field but the
    /// history, the origin and the translations.
    public var isInCSV: Bool {
        switch kind {
        case .history, .origin, .translations: false
        default: true
        }
    }

    /// The field's cell in the goals CSV: lists joined with "; ", times in ISO 8601 UTC, notes as
    /// their text, one a line (`2026-11-20 Lucía Hernández: text`); nil for the fields the CSV has no
    /// column for (history, origin).
    public func csvText(of goal: Goal) -> String? {
        switch kind {
        case .text(let field, _), .prose(let field): field.get(goal)
        case .optionalText(let field): field.get(goal) ?? ""
        case .int(let field): String(field.get(goal))
        case .day(let field): field.get(goal)?.description ?? ""
        case .list(let field): field.get(goal).joined(separator: "; ")
        case .time(let field): Timestamp.format(field.get(goal))
        case .notes(let field): field.get(goal).map { Day($0.time).description + " " + $0.author + ": " + $0.text }.joined(separator: "\n")
        case .history, .origin, .translations: nil
        }
    }
}
