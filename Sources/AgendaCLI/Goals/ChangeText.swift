import AgendaLocalization
import AgendaModel

/// One history entry in words, in the command line's language, as the full-screen program shows it:
/// `status: active → blocked`, `owners: + Legislative Working Group`, `due: − Dec 31, 2025`
/// (`statut : bloqué → actif` in French, whose colon takes a space before it).
enum ChangeText {
    static func describe(_ change: Change) -> String {
        let field = Labels.fieldName(change.field, strings)
        let label = field + strings[.cliLabelColon] + " "
        switch (change.field, change.from, change.to) {
        case ("created", _, let to):
            return strings[.historyCreated] + (to.map { " " + strings.format(.quoted, oneLine($0)) } ?? "")
        case (_, nil, let to?): return label + "+ " + value(to, of: change.field)
        case (_, let from?, nil): return label + "− " + value(from, of: change.field)
        case (_, let from?, let to?): return label + value(from, of: change.field) + " → " + value(to, of: change.field)
        case (_, nil, nil): return field
        }
    }

    /// A field's value as history recorded it, in words: a status, priority or level in the language,
    /// a day as the language writes it, a text on one line.
    static func value(_ text: String, of field: String) -> String {
        switch field {
        case "status": GoalText.status(GoalStatus(rawValue: text))
        case "priority": GoalText.priority(Priority(rawValue: text))
        case "level": GoalText.level(GovernmentLevel(rawValue: text))
        case "due": Day(text).map(GoalText.day) ?? oneLine(text)
        default: oneLine(text)
        }
    }

    /// The text on one line, shortened to 80 characters.
    static func oneLine(_ text: String) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.count > 80 ? String(flat.prefix(79)) + "…" : flat
    }
}
