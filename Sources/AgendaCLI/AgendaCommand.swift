import ArgumentParser

/// The `agenda` command: keep and run the hemispheric agenda of the migrant organizations' network.
public struct AgendaCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "agenda",
        abstract: "Keep and run the hemispheric agenda of a network of migrant organizations.",
        discussion: """
            'agenda' alone, or 'agenda PATH', opens the full-screen program on an agenda (a file, or a \
            folder of agendas; default: $AGENDA_HOME, else ./Agendas). Every other subcommand works \
            without a terminal UI and takes the agenda file as its first argument.
            """,
        version: "0.1.0",
        subcommands: [
            OpenCommand.self, SummaryCommand.self, NewCommand.self, ListCommand.self, ShowCommand.self, AddCommand.self,
            SetCommand.self, NoteCommand.self, DeleteCommand.self, OrgCommand.self, AreaCommand.self,
            ReviewCommand.self, ReportCommand.self, SessionCommand.self, MinutesCommand.self, ValidateCommand.self,
            MergeCommand.self, RestoreCommand.self, SyncCommand.self, LogCommand.self,
            TranslateCommand.self,
        ],
        defaultSubcommand: OpenCommand.self
    )

    public init() {}
}
