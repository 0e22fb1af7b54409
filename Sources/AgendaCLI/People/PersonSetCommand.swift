import AgendaLocalization
import AgendaModel
import AgendaStore
import ArgumentParser

/// `agenda person set FILE PERSON-ID ...`: changes a person's details, all at once; prints each change.
struct PersonSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set", abstract: strings[.cmdPersonSetAbstract], discussion: strings[.cmdPersonSetDiscussion])

    @OptionGroup var target: PersonTarget

    @Option(help: ArgumentHelp(.cmdPersonSetName), transform: ValueParsers.nonEmpty)
    var name: String?

    @Option(name: .customLong("org"), help: ArgumentHelp(.cmdPersonSetOrganization, valueName: "org-id|none"))
    var organization: String?

    @Option(help: ArgumentHelp(.cmdPersonSetCountry, valueName: "country|none"), transform: ValueParsers.countryOrNone)
    var country: String?

    @Option(help: ArgumentHelp(.cmdPersonAddCommunity))
    var addCommunity: [String] = []

    @Option(help: ArgumentHelp(.cmdPersonRemoveCommunity))
    var removeCommunity: [String] = []

    @Option(help: ArgumentHelp(.cmdPersonAddLanguage), transform: PersonDetails.language)
    var addLanguage: [String] = []

    @Option(help: ArgumentHelp(.cmdPersonRemoveLanguage), transform: PersonDetails.language)
    var removeLanguage: [String] = []

    @Option(help: ArgumentHelp(.cmdPersonSetEmail, valueName: "email|none"))
    var email: String?

    @Option(help: ArgumentHelp(.cmdPersonSetPhone, valueName: "phone|none"))
    var phone: String?

    @OptionGroup var editor: EditorOptions
    @OptionGroup var interface: LanguageOption

    func validate() throws {
        let anything = name != nil || organization != nil || country != nil || !addCommunity.isEmpty
            || !removeCommunity.isEmpty || !addLanguage.isEmpty || !removeLanguage.isEmpty || email != nil || phone != nil
        if !anything { throw ValidationError(strings[.cliGiveAPersonField]) }
    }

    func run() throws {
        try reporting {
            let lines = try FileAgendaStore.forCommandLine().update(target.file) { (agenda) throws(AgendaFileError) -> [String] in
                guard let current = agenda.person(target.personID) else {
                    throw AgendaFileError(file: target.file, Failure.withClosest(
                        EditError.noSuchPerson(target.personID).localized, target.personID, among: agenda.people.map(\.id)))
                }
                let person = try changed(current, in: agenda)
                let edits = agenda.renaming(person: current.id, to: person.name) + [Edit.updatePerson(person)]
                let histories = agenda.goals.map(\.history.count)
                try agenda.apply(edits, by: editor.who, file: target.file)
                let goalLines = zip(agenda.goals, histories).flatMap { goal, before in
                    goal.history[before...].map { "\(goal.id): " + ChangeText.describe($0) }
                }
                return PersonChanges.lines(from: current, to: person, in: agenda) + goalLines
            }
            lines.forEach { Console.line($0) }
            if lines.isEmpty { Console.line(strings.format(.cliNothingChanged, target.personID)) }
        }
    }

    /// The person with the options applied.
    private func changed(_ current: Person, in agenda: Agenda) throws(AgendaFileError) -> Person {
        var person = current
        if let name { person.name = name }
        if let organization {
            if ValueParsers.isNone(organization) {
                person.organization = nil
            } else {
                try PersonDetails.checkOrganization(organization, in: agenda, file: target.file)
                person.organization = organization
            }
        }
        if let country { person.country = ValueParsers.isNone(country) ? nil : country }
        person.communities = Communities.changing(person.communities, adding: addCommunity, removing: removeCommunity)
        person.languages = PersonDetails.adding(addLanguage, to: person.languages.filter { !removeLanguage.contains($0) })
        if email != nil || phone != nil {
            var contact = person.contact ?? Contact()
            if let email { contact.email = PersonDetails.text(email) }
            if let phone { contact.phone = PersonDetails.text(phone) }
            person.contact = contact.isEmpty ? nil : contact
        }
        return person
    }
}
