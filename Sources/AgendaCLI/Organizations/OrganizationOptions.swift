import AgendaModel
import ArgumentParser

/// The details of an organization that `org add` and `org set` take.
struct OrganizationOptions: ParsableArguments {
    @Option(help: "The organization's name.", transform: ValueParsers.nonEmpty)
    var name: String?

    @Option(help: "Its country, ISO 3166 alpha-2 such as MX.", transform: ValueParsers.country)
    var country: String?

    @Option(help: "Its city.")
    var city: String?

    @Option(help: ArgumentHelp(
        "federation, hometown-association, ngo, faith-based, union, legislature, government-office, academic or other."),
        transform: ValueParsers.kind)
    var kind: OrganizationKind?

    @Option(help: "A contact email (private: left out of published reports).")
    var email: String?

    @Option(help: "A contact phone (private).")
    var phone: String?

    @Option(help: "A contact person's name (private).")
    var contactName: String?

    /// The organization with these options applied over `org`.
    func applied(to org: Organization) -> Organization {
        var org = org
        if let name { org.name = name }
        if let country { org.country = country }
        if let city { org.city = city.isEmpty ? nil : city }
        if let kind { org.kind = kind }
        if email != nil || phone != nil || contactName != nil {
            var contact = org.contact ?? Contact()
            if let email { contact.email = email.isEmpty ? nil : email }
            if let phone { contact.phone = phone.isEmpty ? nil : phone }
            if let contactName { contact.name = contactName.isEmpty ? nil : contactName }
            org.contact = contact.isEmpty ? nil : contact
        }
        return org
    }
}
