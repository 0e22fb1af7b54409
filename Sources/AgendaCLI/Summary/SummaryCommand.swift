import AgendaModel
import AgendaStore
import ArgumentParser

/// `agenda [PATH]`: opens an agenda; for now, prints its summary.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open an agenda (the default): prints a summary of it.",
        discussion: """
            PATH is an agenda file or a folder of agendas; in a folder, the summit's sample \
            (hemispheric-agenda.json) opens when present, else the first agenda by name.
            """
    )

    @Argument(help: "An agenda file, or a folder of agendas (default: $AGENDA_HOME, else ./Agendas).")
    var path: String?

    func run() throws {
        try reporting {
            let file = try AgendaLocation.resolve(path)
            let agenda = try FileAgendaStore().load(file)
            Console.out(AgendaSummary(agenda: agenda, today: Environment.today, file: file).render())
        }
    }
}
