import AgendaModel
import AgendaReports
import AgendaStore
import ArgumentParser

/// `agenda org list FILE`: organizations with country, kind, communities and linked goals.
struct OrgListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List organizations with their country, kind, communities served and goals."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json, csv
    }

    @OptionGroup var target: AgendaFileArgument

    @Option(help: "Only organizations in this country (ISO code).", transform: ValueParsers.country)
    var country: String?

    @Option(help: "Only organizations serving this community (such as indigenous).")
    var community: String?

    @Option(help: "Output format: table, json or csv.", completion: .list(["table", "json", "csv"]))
    var format: Format = .table

    func run() throws {
        try reporting {
            let agenda = try FileAgendaStore.forCommandLine().load(target.file)
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
                    .init(header: "ID"), .init(header: "NAME", shrinks: true, minimum: 16), .init(header: "COUNTRY"),
                    .init(header: "KIND"), .init(header: "COMMUNITIES", shrinks: true, minimum: 10),
                    .init(header: "GOALS", alignment: .right),
                ])
                for org in orgs {
                    table.append([
                        org.id, org.name, org.country, org.kind.rawValue, org.communities.joined(separator: ", "),
                        String(goalCount[org.id] ?? 0),
                    ])
                }
                Console.out(table.render(width: Console.terminalWidth))
            }
        }
    }
}
