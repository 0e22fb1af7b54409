import AgendaLocalization
import AgendaModel
import Foundation

/// A history entry in words of the reader's language: `estado: activa → bloqueada`,
/// `organizaciones: + Federaciones zacatecanas`.
///
/// The file keeps keys and ids (`blocked`, `zacatecan-federations`, `MX`, `2026-09-30`); people read
/// words: statuses, priorities, levels and health in the language, organizations and areas by name, a
/// parent goal by its title, countries by name, days in the language's form, progress as a percentage.
public struct ChangeWords {
    public let strings: Strings
    private let agenda: Agenda
    private let organizationNames: [String: String]
    private let areaNames: [String: String]
    /// What free text goes through before it is shown (`Redaction` for a private report).
    private let redaction: Redaction

    public init(_ agenda: Agenda, _ strings: Strings, redaction: Redaction = .none) {
        self.agenda = agenda
        self.strings = strings
        self.redaction = redaction
        organizationNames = Dictionary(agenda.organizations.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        areaNames = Dictionary(agenda.areas.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
    }

    /// A change in words: `field: from → to`, `field: + added`, `field: − removed`, or `created “title”`.
    public func describe(_ change: Change) -> String {
        let field = Labels.fieldName(change.field, strings)
        switch (change.field, change.from, change.to) {
        case ("created", _, let to): return strings[.historyCreated] + (to.map { " " + strings.format(.quoted, value($0, of: "title")) } ?? "")
        case ("restored", _, let to): return strings[.historyRestored] + (to.map { " " + strings.format(.quoted, value($0, of: "title")) } ?? "")
        case (_, nil, let to?): return field + ": + " + value(to, of: change.field)
        case (_, let from?, nil): return field + ": − " + value(from, of: change.field)
        case (_, let from?, let to?): return field + ": " + value(from, of: change.field) + " → " + value(to, of: change.field)
        case (_, nil, nil): return field
        }
    }

    /// A field's net change since a day in words: as a change from its first value to its last, or for
    /// owners, organizations and notes the values added and removed (`organizations: + Alianza; − Red`).
    public func describe(_ net: NetChange) -> String {
        guard NetChange.isList(net.field) else {
            return describe(Change(time: net.time, by: "", field: net.field, from: net.from, to: net.to))
        }
        var parts: [String] = []
        if !net.added.isEmpty { parts.append("+ " + net.added.map { value($0, of: net.field) }.joined(separator: ", ")) }
        if !net.removed.isEmpty { parts.append("− " + net.removed.map { value($0, of: net.field) }.joined(separator: ", ")) }
        return Labels.fieldName(net.field, strings) + ": " + parts.joined(separator: "; ")
    }

    /// A review in words: `review: at risk — no funds for 2027`.
    public func describe(_ review: Review) -> String {
        let comment = oneLine(redaction.text(review.comment))
        return Labels.fieldName("review", strings) + ": " + Labels.health(review.health, strings)
            + (comment.isEmpty ? "" : " — " + comment)
    }

    /// A value of a field as people read it: the word, name or title for the key or id the file keeps.
    public func value(_ text: String, of field: String) -> String {
        switch field {
        case "status": return Labels.status(GoalStatus(rawValue: text), strings)
        case "priority": return Labels.priority(Priority(rawValue: text), strings)
        case "level": return Labels.level(GovernmentLevel(rawValue: text), strings)
        case "health": return Labels.health(Health(rawValue: text), strings)
        case "progress": return Int(text).map { "\($0)%" } ?? text
        case "due": return Day(text).map { DateText.day($0, strings.language) } ?? text
        case "area": return areaNames[text] ?? text
        case "organizations": return list(text) { organizationNames[$0] ?? $0 }
        case "countries": return list(text) { CountryNames.name($0, strings.language) }
        case "parent": return agenda.goal(text).map { shortened(redaction.text($0.title)) + " (" + $0.id + ")" } ?? text
        default: return shortened(redaction.text(text))
        }
    }

    /// Each item of a list the file joins with ", ", in words.
    private func list(_ text: String, _ word: (String) -> String) -> String {
        text.components(separatedBy: ", ").map { word($0.trimmingWhitespace) }.joined(separator: ", ")
    }

    /// Text on one line, at most 120 characters.
    private func shortened(_ text: String) -> String {
        let flat = oneLine(text)
        return flat.count > 120 ? String(flat.prefix(119)) + "…" : flat
    }

    private func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
