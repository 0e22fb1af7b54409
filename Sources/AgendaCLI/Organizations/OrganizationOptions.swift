import AgendaModel
import ArgumentParser

/// The details of an organization that `org add` and `org set` take.
struct OrganizationOptions: ParsableArguments {
    @Option(help: ArgumentHelp(.cmdOrgName), transform: ValueParsers.nonEmpty)
    var name: String?

    @Option(help: ArgumentHelp(.cmdOrgCountry), transform: ValueParsers.country)
    var country: String?

    @Option(help: ArgumentHelp(.cmdOrgCity))
    var city: String?

    @Option(help: ArgumentHelp(.cmdOrgKind, valueName: "kind"), completion: .known(OrganizationKind.self),
            transform: ValueParsers.kind)
    var kind: OrganizationKind?

    @Option(help: ArgumentHelp(.cmdOrgEmail))
    var email: String?

    @Option(help: ArgumentHelp(.cmdOrgPhone))
    var phone: String?

    @Option(help: ArgumentHelp(.cmdOrgContactName))
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
