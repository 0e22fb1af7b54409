import AgendaModel
import AgendaStore
import ArgumentParser

/// What `person add` and `person set` share: how a language, a contact detail and an organization
/// are taken from the command line.
enum PersonDetails {
    /// A language a person speaks, as a code such as `es` (lowercase, trimmed).
    static func language(_ text: String) throws -> String {
        try ValueParsers.nonEmpty(text).lowercased()
    }

    /// A contact detail: nil when empty or `none`.
    static func text(_ value: String?) -> String? {
        guard let value = value?.trimmingWhitespace, !value.isEmpty, !ValueParsers.isNone(value) else { return nil }
        return value
    }

    /// The languages with others added, each once.
    static func adding(_ added: [String], to languages: [String]) -> [String] {
        var result = languages
        for language in added where !result.contains(language) { result.append(language) }
        return result
    }

    /// Refuses an organization the agenda does not have, naming the closest ones.
    static func checkOrganization(_ id: String, in agenda: Agenda, file: String) throws(AgendaFileError) {
        guard agenda.organization(id) == nil else { return }
        throw AgendaFileError(file: file, Failure.nothingWritten(
            EditError.noSuchOrganization(id).localized, id, among: agenda.organizations.map(\.id)))
    }
}
