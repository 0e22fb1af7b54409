import AgendaModel
import AgendaStore
import ArgumentParser

/// `agenda person add FILE --name NAME [--id ID] ...`: adds a person to the roster; prints the new id alone.
struct PersonAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: strings[.cmdPersonAddAbstract], discussion: strings[.cmdPersonAddDiscussion])

    @OptionGroup var target: AgendaFileArgument

    @Option(help: ArgumentHelp(.cmdPersonName), transform: ValueParsers.nonEmpty)
    var name: String

    @Option(help: ArgumentHelp(.cmdPersonID), transform: ValueParsers.slug)
    var id: String?

    @Option(name: .customLong("org"), help: ArgumentHelp(.cmdPersonOrganization, valueName: "org-id"))
    var organization: String?

    @Option(help: ArgumentHelp(.cmdPersonCountry), transform: ValueParsers.country)
    var country: String?

    @Option(help: ArgumentHelp(.cmdPersonCommunity))
    var community: [String] = []

    @Option(help: ArgumentHelp(.cmdPersonLanguage), transform: PersonDetails.language)
    var language: [String] = []

    @Option(help: ArgumentHelp(.cmdPersonEmail))
    var email: String?

    @Option(help: ArgumentHelp(.cmdPersonPhone))
    var phone: String?

    @OptionGroup var editor: EditorOptions
    @OptionGroup var interface: LanguageOption

    func run() throws {
        try reporting {
            let added = try FileAgendaStore.forCommandLine().update(target.file) { (agenda) throws(AgendaFileError) -> String in
                let newID = id ?? Slug.make(from: name, avoiding: Set(agenda.people.map(\.id)))
                if let organization { try PersonDetails.checkOrganization(organization, in: agenda, file: target.file) }
                let contact = Contact(email: PersonDetails.text(email), phone: PersonDetails.text(phone))
                let person = Person(
                    id: newID, name: name, organization: organization, country: country,
                    communities: Communities.changing([], adding: community), languages: PersonDetails.adding(language, to: []),
                    contact: contact.isEmpty ? nil : contact)
                try agenda.apply([.addPerson(person)], by: editor.who, file: target.file)
                return newID
            }
            Console.line(added)
        }
    }
}
