import AgendaLocalization
import AgendaModel
import Foundation

/// A merge conflict in one line, for the command line, in its language: what, which field, and both
/// values with who set them and when.
enum ConflictLine {
    static func describe(_ conflict: MergeConflict) -> String {
        let subject = conflict.subject == .agenda
            ? strings[.conflictTheAgenda] : strings.format(.problemRecord, noun(conflict.subject), conflict.id)
        let what: String
        switch conflict.kind {
        case .deletedAndChanged: what = strings[.cliConflictDeletedChanged]
        case .twoWay: what = strings[.conflictTwoWay]
        default: what = strings[.cliConflictBothChanged]
        }
        let sides = conflict.sides.map { side($0, field: conflict.field) }.joined(separator: " | ")
        let field = conflict.field == conflict.subject.rawValue ? "" : " " + Labels.fieldName(conflict.field, strings)
        let colon = strings[.cliLabelColon]
        return "\(subject)\(field)\(colon) \(what)\(colon) \(sides)"
    }

    private static func noun(_ subject: ConflictSubject) -> String {
        switch subject {
        case .goal: strings[.nounGoal]
        case .organization: strings[.nounOrganization]
        case .session: strings[.nounSession]
        case .person: strings[.nounPerson]
        case .area: strings[.nounArea]
        default: subject.rawValue
        }
    }

    private static func side(_ side: ConflictSide, field: String) -> String {
        var parts: [String] = []
        if let by = side.by { parts.append(by) }
        if let time = side.time { parts.append(GoalText.time(time)) }
        let value = side.value.map { strings.format(.cliQuoted, ChangeText.value($0, of: field)) } ?? strings[.conflictEmpty]
        return parts.isEmpty ? value : "\(value) (\(parts.joined(separator: ", ")))"
    }
}
