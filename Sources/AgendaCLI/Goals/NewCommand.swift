import AgendaModel
import AgendaStore
import ArgumentParser
import Foundation

/// `agenda new PATH --title TITLE`: creates an agenda file; given a folder, `agenda.json` in it.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new", abstract: strings[.cmdNewAbstract], discussion: strings[.cmdNewDiscussion])

    @Argument(help: ArgumentHelp(.cmdNewPath, valueName: "path"), completion: .file(extensions: ["json"]))
    var path: String

    @Option(help: ArgumentHelp(.cmdNewTitle), transform: ValueParsers.nonEmpty)
    var title: String

    @Option(help: ArgumentHelp(.cmdNewDescription))
    var description: String = ""

    @Flag(help: ArgumentHelp(.cmdNewNoAreas))
    var noAreas = false

    @OptionGroup var interface: LanguageOption

    func run() throws {
        try reporting {
            let file = AgendaLocation.newFile(at: path)
            try AgendaLocation.makeFolder(for: file)
            let agenda = Agenda(
                title: title, description: description, areas: noAreas ? [] : StandardAreas.summit)
            try FileAgendaStore.forCommandLine().create(agenda, at: file)
            Console.line(strings.format(.cliCreated, file))
        }
    }
}

/// The areas of work the summit's conclusions name, as in the sample agenda, for new agendas.
enum StandardAreas {
    static let summit: [Area] = [
        Area(
            id: "leadership", name: "Leadership and organizational strength",
            description: "Strengthen organizations, invest in our own people and educate leaders who will push for change."),
        Area(
            id: "transnational-alliances", name: "Transnational alliances",
            description: "Alliances between migrant organizations across borders, based on shared objectives and shared means."),
        Area(
            id: "legislative-reform", name: "Legislative reform",
            description: "Just laws and migration reforms that recognize migrants' contribution in sending and receiving countries; binational rather than unilateral laws."),
        Area(
            id: "influence-on-power", name: "Influence on power",
            description: "Strategies that influence governments, parliaments, corporations and those who hold power; dialogue towards agreements that benefit migrants."),
        Area(
            id: "social-movements", name: "Links with social movements and civil society",
            description: "Link the migration movement with other progressive social movements and with civil society organizations."),
        Area(
            id: "representation", name: "Afro-Latino and indigenous representation",
            description: "The summit lacked the presence of Afro-Latinos, and millions of indigenous communities have not become involved in these processes."),
        Area(
            id: "voting-abroad", name: "Voting rights abroad",
            description: "The right of migrants to vote while residing abroad, as Michoacán migrants won by lobbying fractions of Congress."),
        Area(
            id: "government-coordination", name: "Coordination across levels of government",
            description: "Coordination between federations, states and municipalities, and between government programs and the needs of migrant families."),
        Area(
            id: "public-policy", name: "Migrants in public policy and development",
            description: "Migrants present in the design of public policies; development seen through the policies of sending and receiving countries."),
        Area(
            id: "infrastructure", name: "Infrastructure",
            description: "A strong structure and infrastructure in all financial aspects, without which no action can be taken."),
        Area(
            id: "hemispheric-agenda", name: "Hemispheric agenda and summit follow-up",
            description: "A hemispheric agenda articulated by community-based organizations, and the steps the summit initiated."),
    ]
}
