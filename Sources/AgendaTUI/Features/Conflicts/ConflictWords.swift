import AgendaLocalization
import AgendaModel
import Foundation

/// Merge conflicts in the interface's words: what a conflict is about, its values, and its sides.
enum ConflictWords {
    /// What the conflict is about: `G-27G0 status`, `Alianza contact.email`, `the agenda title`.
    static func subject(_ conflict: MergeConflict, _ agenda: Agenda, _ strings: Strings) -> String {
        let field = conflict.field == conflict.subject.rawValue ? "" : " " + Labels.fieldName(conflict.field, strings)
        switch conflict.subject {
        case .agenda: return strings[.conflictTheAgenda] + field
        case .organization: return (agenda.organization(conflict.id)?.name ?? conflict.id) + field
        case .area: return (agenda.area(conflict.id)?.name ?? conflict.id) + field
        default: return conflict.id + field
        }
    }

    /// The title of the record, where it has one apart from its id (a goal's, a session's).
    static func title(_ conflict: MergeConflict, _ agenda: Agenda) -> String {
        switch conflict.subject {
        case .goal: agenda.goal(conflict.id)?.title ?? ""
        case .session: agenda.session(conflict.id)?.title ?? ""
        case .person: agenda.people.first { $0.id == conflict.id }?.name ?? ""
        default: ""
        }
    }

    /// What kind of conflict it is, in a few words.
    static func kind(_ conflict: MergeConflict, _ strings: Strings) -> String {
        switch conflict.kind {
        case .deletedAndChanged: strings[.conflictDeletedChanged]
        case .twoWay: strings[.conflictTwoWay]
        default: strings[.conflictBothChanged]
        }
    }

    /// A value of a side, as a person reads it: a status in words, `(empty)`, `delete it`.
    static func value(_ value: String?, _ conflict: MergeConflict, _ strings: Strings) -> String {
        if conflict.field == "session", conflict.subject == .session {
            return strings.format(.conflictKeepSession, value ?? "")
        }
        if conflict.field == conflict.subject.rawValue {
            return value == MergeConflict.deleted ? strings[.conflictDelete] : strings[.conflictKeep]
        }
        guard let value else { return strings[.conflictEmpty] }
        if conflict.subject == .goal, conflict.field == "status" { return Labels.status(GoalStatus(rawValue: value), strings) }
        return value.replacingOccurrences(of: "\n", with: " ⏎ ")
    }

    /// A side as a menu item or a line: its value, who set it and when, and `now` on the value the
    /// record holds.
    static func side(_ side: ConflictSide, _ conflict: MergeConflict, held: String?, _ state: ShellState) -> String {
        var text = value(side.value, conflict, state.strings)
        var who: [String] = []
        if let by = side.by { who.append(by) }
        if let time = side.time { who.append(DateText.time(time, state.strings.language, utcOffset: state.utcOffset)) }
        if !who.isEmpty { text += " — " + who.joined(separator: ", ") }
        if side.value == held, conflict.field != "session" { text += " · " + state.strings[.conflictNow] }
        return text
    }
}
