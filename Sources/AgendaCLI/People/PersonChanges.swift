import AgendaLocalization
import AgendaModel

/// What `person set` changed, one line per field, in the command line's language:
/// `rosa-hernandez: name: Rosa Hernández → Rosa María Hernández`.
enum PersonChanges {
    static func lines(from old: Person, to new: Person, in agenda: Agenda) -> [String] {
        var lines: [String] = []
        func add(_ label: Text, _ change: String) {
            lines.append("\(new.id): " + strings[label].lowercased() + strings[.cliLabelColon] + " " + change)
        }
        func organization(_ id: String?) -> String? { id.map { agenda.organization($0)?.name ?? $0 } }
        if let change = replaced(old.name, new.name) { add(.columnName, change) }
        if let change = replaced(organization(old.organization), organization(new.organization)) { add(.filterOrganization, change) }
        if let change = replaced(old.country, new.country) { add(.columnCountry, change) }
        for change in listed(old.communities.map { Labels.community($0, strings) }, new.communities.map { Labels.community($0, strings) }) {
            add(.columnCommunities, change)
        }
        for change in listed(old.languages, new.languages) { add(.minutesLanguages, change) }
        if let change = replaced(old.contact?.email, new.contact?.email) { add(.fieldEmail, change) }
        if let change = replaced(old.contact?.phone, new.contact?.phone) { add(.fieldPhone, change) }
        return lines
    }

    /// `old → new`, `+ new` or `− old`; nil when the value stayed.
    private static func replaced(_ old: String?, _ new: String?) -> String? {
        switch (old, new) {
        case let (old?, new?) where old != new: "\(old) → \(new)"
        case (nil, let new?): "+ \(new)"
        case (let old?, nil): "− \(old)"
        default: nil
        }
    }

    /// `+ added` and `− removed`, one per value.
    private static func listed(_ old: [String], _ new: [String]) -> [String] {
        new.filter { !old.contains($0) }.map { "+ " + $0 } + old.filter { !new.contains($0) }.map { "− " + $0 }
    }
}
