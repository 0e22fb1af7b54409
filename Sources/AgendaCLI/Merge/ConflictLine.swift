import AgendaModel
import Foundation

/// A merge conflict in one line, for the command line: what, which field, and both values with who
/// set them and when.
enum ConflictLine {
    static func describe(_ conflict: MergeConflict) -> String {
        let subject = conflict.subject == .agenda ? "the agenda" : "\(conflict.subject.rawValue) \(conflict.id)"
        let what: String
        switch conflict.kind {
        case .deletedAndChanged: what = "deleted in one copy, changed in the other; kept"
        case .twoWay: what = "changed in both copies since they last shared history"
        default: what = "changed differently in both copies"
        }
        let sides = conflict.sides.map(side).joined(separator: " | ")
        let field = conflict.field == conflict.subject.rawValue ? "" : " \(conflict.field)"
        return "\(subject)\(field): \(what): \(sides)"
    }

    private static func side(_ side: ConflictSide) -> String {
        var parts: [String] = []
        if let by = side.by { parts.append(by) }
        if let time = side.time { parts.append(Timestamp.format(time)) }
        let value = side.value.map { "'\($0)'" } ?? "(empty)"
        return parts.isEmpty ? value : "\(value) (\(parts.joined(separator: ", ")))"
    }
}
