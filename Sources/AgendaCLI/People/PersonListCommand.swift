import AgendaLocalization
import AgendaModel
import AgendaReports
import AgendaStore
import ArgumentParser

/// `agenda person list FILE [--org ORG-ID] [--contact]`: the roster, with organization, country,
/// communities, languages and goals owned; contact details only when asked for.
struct PersonListCommand: ReadingCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: strings[.cmdPersonListAbstract], discussion: strings[.cmdPersonListDiscussion])

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json, csv
    }

    @OptionGroup var target: AgendaFileArgument

    @Option(name: .customLong("org"), help: ArgumentHelp(.cmdPersonListOrganization, valueName: "org-id"))
    var organization: String?

    @Flag(help: ArgumentHelp(.cmdPersonListContact))
    var contact = false

    @Option(help: ArgumentHelp(.cmdFormatTableJSONCSV), completion: .list(["table", "json", "csv"]))
    var format: Format = .table

    @OptionGroup var interface: LanguageOption

    func run(reading agenda: Agenda) throws {
        if let organization, agenda.organization(organization) == nil {
            throw Failure.unknown(EditError.noSuchOrganization(organization).localized, organization,
                                  among: agenda.organizations.map(\.id), file: target.file)
        }
        var people = agenda.people.filter { organization == nil || $0.organization == organization }
        if !contact {
            for index in people.indices { people[index].contact = nil }
        }
        let owned = people.map { agenda.uses(ofPerson: $0.id).goals.count }
        switch format {
        case .json: Console.out(bytes: JSONAgendaFormat().encodePeople(people))
        case .csv: Console.out(exact: csv(people, owned: owned))
        case .table: Console.out(table(people, owned: owned, agenda: agenda))
        }
    }

    /// The people as a table for people: communities and organizations in words.
    private func table(_ people: [Person], owned: [Int], agenda: Agenda) -> String {
        var columns: [TextTable.Column] = [
            .init(.columnID), .init(.columnName, shrinks: true, minimum: 16),
            .init(.filterOrganization, shrinks: true, minimum: 12), .init(.columnCountry),
            .init(.columnCommunities, shrinks: true, minimum: 10), .init(.minutesLanguages),
            .init(.columnGoals, alignment: .right),
        ]
        if contact { columns += [.init(.fieldEmail), .init(.fieldPhone)] }
        var table = TextTable(columns)
        for (person, goals) in zip(people, owned) {
            let org = person.organization.map { agenda.organization($0)?.name ?? $0 } ?? ""
            var row = [person.id, person.name, org, person.country ?? "", Labels.communities(person.communities, strings),
                       person.languages.joined(separator: ", "), String(goals)]
            if contact { row += [person.contact?.email ?? "", person.contact?.phone ?? ""] }
            table.append(row)
        }
        return table.render(width: Console.terminalWidth)
    }

    /// The people as RFC 4180 rows with a header of the file's key names, communities by their keys.
    private func csv(_ people: [Person], owned: [Int]) -> String {
        var csv = CSVWriter()
        csv.append(["id", "name", "organization", "country", "communities", "languages", "goals"]
            + (contact ? ["email", "phone"] : []))
        for (person, goals) in zip(people, owned) {
            csv.append([person.id, person.name, person.organization ?? "", person.country ?? "",
                        person.communities.joined(separator: "; "), person.languages.joined(separator: "; "), String(goals)]
                + (contact ? [person.contact?.email ?? "", person.contact?.phone ?? ""] : []))
        }
        return csv.text
    }
}
