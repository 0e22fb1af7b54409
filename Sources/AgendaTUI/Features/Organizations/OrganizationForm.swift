import AgendaLocalization
import AgendaModel
import TerminalWidgets

/// The organization editor: a form for adding or changing an organization.
enum OrganizationForm {
    static func make(_ org: Organization?, _ strings: Strings) -> FormState {
        var fields: [FormField] = []
        if org == nil { fields.append(FormField("id", .fieldID, .text(TextField()))) }
        fields += [
            FormField("name", .columnName, .text(TextField(org?.name ?? ""))),
            FormField("country", .columnCountry, .text(TextField(org?.country ?? ""))),
            FormField("city", .detailCity, .text(TextField(org?.city ?? ""))),
            FormField("kind", .columnKind, .choice(
                options: OrganizationKind.known.map { FormOption(label: Labels.kind($0, strings), value: $0.rawValue) },
                value: org?.kind.rawValue ?? OrganizationKind.other.rawValue)),
            FormField("communities", .columnCommunities, .text(TextField(org?.communities.joined(separator: ", ") ?? ""))),
            FormField("contactName", .fieldContactName, .text(TextField(org?.contact?.name ?? ""))),
            FormField("email", .fieldEmail, .text(TextField(org?.contact?.email ?? ""))),
            FormField("phone", .fieldPhone, .text(TextField(org?.contact?.phone ?? ""))),
        ]
        let title = org.map { strings.format(.editOrganizationTitle, $0.name) } ?? strings[.newOrganizationTitle]
        return FormState(purpose: .organizations(.edit(organization: org?.id)), title: title, fields: fields)
    }

    static func problem(_ field: FormField, _ strings: Strings, agenda: Agenda) -> String? {
        switch field.name {
        case "id":
            if !FieldRules.isSlug(field.text) { return strings[.problemSlug] }
            return agenda.organization(field.text) != nil ? strings[.problemTaken] : nil
        case "name":
            return field.text.trimmingWhitespace.isEmpty ? strings[.problemEmpty] : nil
        case "country":
            return FieldRules.isCountryCode(field.text.trimmingWhitespace.uppercased()) ? nil : strings[.problemCountry]
        default:
            return nil
        }
    }

    /// The organization the form describes, from the one it edits (or a new one).
    static func organization(_ form: FormState, base: Organization?) -> Organization {
        func text(_ name: String) -> String { form.field(name)?.text.trimmingWhitespace ?? "" }
        var org = base ?? Organization(id: text("id"), name: "", country: "")
        org.name = text("name")
        org.country = text("country").uppercased()
        org.city = text("city").isEmpty ? nil : text("city")
        org.kind = OrganizationKind(rawValue: text("kind"))
        org.communities = Communities.changing([], adding: form.field("communities")?.list ?? [])
        var contact = org.contact ?? Contact()
        contact.name = text("contactName").isEmpty ? nil : text("contactName")
        contact.email = text("email").isEmpty ? nil : text("email")
        contact.phone = text("phone").isEmpty ? nil : text("phone")
        org.contact = contact.isEmpty ? nil : contact
        return org
    }
}
