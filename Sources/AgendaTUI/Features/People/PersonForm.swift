import AgendaLocalization
import AgendaModel
import TerminalWidgets

/// The person editor: a form for adding someone to the roster or changing what it says of them. A new
/// person's id is made from their name.
enum PersonForm {
    static func make(_ person: Person?, _ agenda: Agenda, _ strings: Strings) -> FormState {
        let organizations = [FormOption(label: strings[.noOrganization], value: "")]
            + agenda.organizations.sorted { TextFolding.fold($0.name) < TextFolding.fold($1.name) }
                .map { FormOption(label: "\($0.name) (\($0.country))", value: $0.id) }
        let communities = Communities.known.map {
            FormOption(label: Labels.communityCell($0, strings), value: $0, keywords: Communities.searchWords(of: $0))
        }
        let languages = Set(Labels.commonLanguages + agenda.people.flatMap(\.languages)).sorted {
            (Labels.commonLanguages.firstIndex(of: $0) ?? .max, $0) < (Labels.commonLanguages.firstIndex(of: $1) ?? .max, $1)
        }.map {
            FormOption(label: Labels.languageName($0, strings) + " (\($0))", value: $0, keywords: Labels.languageSearchWords($0))
        }
        let fields = [
            FormField("name", .columnName, .text(TextField(person?.name ?? ""))),
            FormField("organization", .columnOrganization, .choice(options: organizations, value: person?.organization ?? "")),
            FormField("country", .columnCountry, .text(TextField(person?.country ?? ""))),
            FormField("communities", .columnCommunities, .multi(options: communities, values: person?.communities ?? [])),
            FormField("languages", .fieldLanguages, .multi(options: languages, values: person?.languages ?? [])),
            FormField("email", .fieldEmail, .text(TextField(person?.contact?.email ?? ""))),
            FormField("phone", .fieldPhone, .text(TextField(person?.contact?.phone ?? ""))),
        ]
        let title = person?.name ?? strings[.newPersonTitle]
        return FormState(purpose: .people(.edit(person: person?.id)), title: title, fields: fields)
    }

    /// Why a field's value cannot be saved, or nil: a name is needed, and no one else in the roster may
    /// have it (owners are named by it); a country is a two-letter code or nothing.
    static func problem(_ field: FormField, editing id: String?, _ strings: Strings, agenda: Agenda) -> String? {
        switch field.name {
        case "name":
            let name = field.text.trimmingWhitespace
            if name.isEmpty { return strings[.problemEmpty] }
            let folded = TextFolding.fold(name)
            let taken = agenda.people.contains { $0.id != id && TextFolding.fold($0.name) == folded }
            return taken ? strings[.problemTakenName] : nil
        case "country":
            let country = field.text.trimmingWhitespace.uppercased()
            return country.isEmpty || FieldRules.isCountryCode(country) ? nil : strings[.problemCountry]
        default:
            return nil
        }
    }

    /// The person the form describes, from the one it edits (or a new one, with an id from the name).
    static func person(_ form: FormState, base: Person?, agenda: Agenda) -> Person {
        func text(_ name: String) -> String? {
            let value = form.field(name)?.text.trimmingWhitespace ?? ""
            return value.isEmpty ? nil : value
        }
        let name = text("name") ?? ""
        var person = base ?? Person(id: agenda.newPersonID(for: name), name: name)
        person.name = name
        person.organization = text("organization")
        person.country = text("country")?.uppercased()
        person.communities = Communities.changing([], adding: form.field("communities")?.list ?? [])
        person.languages = form.field("languages")?.list.map(LanguageTag.normalized) ?? []
        var contact = person.contact ?? Contact()
        contact.email = text("email")
        contact.phone = text("phone")
        person.contact = contact.isEmpty ? nil : contact
        return person
    }
}
