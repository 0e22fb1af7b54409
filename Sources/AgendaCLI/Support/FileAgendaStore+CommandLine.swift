import AgendaStore

extension FileAgendaStore {
    /// The store every subcommand uses: a save that succeeds with a warning (no backup could be kept)
    /// prints it on standard error, and the command still succeeds.
    static func forCommandLine(keepsBackups: Bool = true) -> FileAgendaStore {
        FileAgendaStore(keepsBackups: keepsBackups, warningReporter: { warning in warning.localizedLines.forEach(Console.error) })
    }
}
