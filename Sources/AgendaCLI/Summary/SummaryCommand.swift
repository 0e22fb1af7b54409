import AgendaModel
import AgendaStore
import ArgumentParser

/// `agenda summary [PATH]`: a one-screen summary of an agenda, as text.
struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Print a summary of an agenda: counts by status, progress by area, overdue goals.",
        discussion: """
            PATH is an agenda file or a folder of agendas; in a folder, the summit's sample \
            (hemispheric-agenda.json) is summarized when present, else the first agenda by name.
            """
    )

    @Argument(help: "An agenda file, or a folder of agendas (default: $AGENDA_HOME, else ./Agendas).", completion: .file())
    var path: String?

    func run() throws {
        try reporting {
            let file = try AgendaLocation.resolve(path)
            let agenda = try FileAgendaStore.forCommandLine().load(file)
            Console.out(AgendaSummary(agenda: agenda, today: Environment.today, file: file).render())
        }
    }
}
