import AgendaLocalization
import AgendaModel
import AgendaReports
import AgendaStore
import ArgumentParser

/// `agenda org list FILE`: organizations with country, kind, communities and linked goals.
struct OrgListCommand: ReadingCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: strings[.cmdOrgListAbstract])

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json, csv
    }

    @OptionGroup var target: AgendaFileArgument

    @Option(help: ArgumentHelp(.cmdOrgListCountry), transform: ValueParsers.country)
    var country: String?

    @Option(help: ArgumentHelp(.cmdOrgListCommunity))
    var community: String?

    @Option(help: ArgumentHelp(.cmdFormatTableJSONCSV), completion: .list(["table", "json", "csv"]))
    var format: Format = .table

    @OptionGroup var interface: LanguageOption

    func run(reading agenda: Agenda) throws {
        let orgs = agenda.organizations.filter { org in
            (country == nil || org.country == country) && (community == nil || Communities.keys(org.communities).contains(Communities.key(community!)))
        }
        var goalCount: [String: Int] = [:]
        for goal in agenda.goals {
            for org in goal.organizations { goalCount[org, default: 0] += 1 }
        }
        switch format {
        case .json:
            Console.out(bytes: JSONAgendaFormat().encodeOrganizations(orgs))
        case .csv:
            var csv = CSVWriter()
            csv.append(["id", "name", "country", "city", "kind", "communities", "goals"])
            for org in orgs {
                csv.append([
                    org.id, org.name, org.country, org.city ?? "", org.kind.rawValue,
                    org.communities.joined(separator: "; "), String(goalCount[org.id] ?? 0),
                ])
            }
            Console.out(exact: csv.text)
        case .table:
            var table = TextTable([
                .init(.columnID), .init(.columnName, shrinks: true, minimum: 16), .init(.columnCountry),
                .init(.columnKind), .init(.columnCommunities, shrinks: true, minimum: 10),
                .init(.columnGoals, alignment: .right),
            ])
            for org in orgs {
                table.append([
                    org.id, org.name, org.country, Labels.kind(org.kind, strings), Labels.communities(org.communities, strings),
                    String(goalCount[org.id] ?? 0),
                ])
            }
            Console.out(table.render(width: Console.terminalWidth))
        }
    }
}
