import ArgumentParser

/// `agenda session list|new|run FILE ...`: the network's meetings.
struct SessionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "session", abstract: strings[.cmdSessionAbstract],
        subcommands: [SessionListCommand.self, SessionNewCommand.self, SessionRunCommand.self]
    )
}
