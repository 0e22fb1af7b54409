import AgendaModel
import AgendaStore
import ArgumentParser

/// `agenda summary [PATH]`: a one-screen summary of an agenda, as text.
struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary", abstract: strings[.cmdSummaryAbstract], discussion: strings[.cmdSummaryDiscussion])

    @Argument(help: ArgumentHelp(.cmdAgendaPath), completion: .file())
    var path: String?

    @OptionGroup var interface: LanguageOption

    func run() throws {
        try reporting {
            let file = try AgendaLocation.resolve(path)
            let agenda = try FileAgendaStore.forCommandLine().load(file)
            Console.out(AgendaSummary(agenda: agenda, today: Environment.today, file: file).render())
        }
    }
}
