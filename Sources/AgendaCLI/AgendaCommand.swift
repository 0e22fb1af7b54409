import ArgumentParser

/// The `agenda` command: keep and run the hemispheric agenda of the migrant organizations' network.
public struct AgendaCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "agenda",
        abstract: strings[.cmdAgendaAbstract],
        discussion: strings[.cmdAgendaDiscussion],
        version: "0.1.0",
        subcommands: [
            OpenCommand.self, SummaryCommand.self, NewCommand.self, ListCommand.self, ShowCommand.self, AddCommand.self,
            SetCommand.self, NoteCommand.self, DeleteCommand.self, OrgCommand.self, PersonCommand.self, AreaCommand.self,
            ReviewCommand.self, ReportCommand.self, SessionCommand.self, MinutesCommand.self, ValidateCommand.self,
            MergeCommand.self, RestoreCommand.self, SyncCommand.self, LogCommand.self,
            TranslateCommand.self,
        ],
        defaultSubcommand: OpenCommand.self
    )

    public init() {}
}
