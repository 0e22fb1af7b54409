import AgendaModel
import AgendaStore

/// The warning `agenda validate` prints for a text that holds a control character.
///
/// `FILE:LINE:COLUMN: warning: goal G-0001 title holds a control character (ESC, U+001B) that terminals
/// obey; it is shown as <U+001B>`, at the first such character, with how many more the text holds.
enum ControlCharacterWarning {
    /// The warning's line for a finding of the store in `file`, whose records `agenda` names.
    static func line(_ finding: ControlCharacterFinding, file: String, agenda: Agenda) -> String {
        let place = finding.position.map { "\($0.line):\($0.column):" } ?? ""
        let character = finding.character
        let effect = character.kind == .control ? "that terminals obey" : "that reorders the text around it on screen"
        let more = finding.count - 1
        let others = more == 0 ? "" : " (and \(more) more such character\(more == 1 ? "" : "s") in this text)"
        return "\(file):\(place) warning: \(subject(finding.path, in: agenda)) holds a \(character) \(effect); "
            + "it is shown as \(character.visibleEscape)\(others)"
    }

    /// The text a path leads to, in words: `goal G-0001 title`, `goal G-0001 note 2 text`,
    /// `session S-0001 item 3 topic`, `the agenda's title`.
    static func subject(_ path: [PathComponent], in agenda: Agenda) -> String {
        guard case .key(let list)? = path.first else { return "a text" }
        var rest = path.dropFirst()
        var words: [String]
        if case .index(let index)? = rest.first {
            words = [record(list, index, in: agenda)]
            rest = rest.dropFirst()
        } else if rest.isEmpty {
            return "the agenda's \(list)"
        } else {
            words = ["the agenda's"]
            rest = path[...]
        }
        while let step = rest.popFirst() {
            guard case .key(let key) = step else { continue }
            if case .index(let index)? = rest.first {
                rest = rest.dropFirst()
                words.append("\(singular(key)) \(index + 1)")
            } else {
                words.append(key)
            }
        }
        return words.joined(separator: " ")
    }

    /// A record of one of the agenda's lists by its id, `goal G-0001`, or by its number when it has none.
    private static func record(_ list: String, _ index: Int, in agenda: Agenda) -> String {
        let id: String?
        switch list {
        case "goals": id = agenda.goals.indices.contains(index) ? agenda.goals[index].id : nil
        case "organizations": id = agenda.organizations.indices.contains(index) ? agenda.organizations[index].id : nil
        case "people": id = agenda.people.indices.contains(index) ? agenda.people[index].id : nil
        case "areas": id = agenda.areas.indices.contains(index) ? agenda.areas[index].id : nil
        case "sessions": id = agenda.sessions.indices.contains(index) ? agenda.sessions[index].id : nil
        default: id = nil
        }
        guard let id, !id.isEmpty else { return "\(singular(list)) \(index + 1)" }
        return "\(singular(list)) \(id)"
    }

    /// The word for one element of a list member: `notes` -> `note`, `people` -> `person`.
    private static func singular(_ key: String) -> String {
        switch key {
        case "people": "person"
        case "history": "history entry"
        case _ where key.hasSuffix("ies"): String(key.dropLast(3)) + "y"
        case _ where key.hasSuffix("s"): String(key.dropLast())
        default: key
        }
    }
}
