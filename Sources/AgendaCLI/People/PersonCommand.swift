import ArgumentParser

/// `agenda person list|add|set|remove FILE ...`: the people of the agenda's roster.
struct PersonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "person", abstract: strings[.cmdPersonAbstract], discussion: strings[.cmdPersonDiscussion],
        subcommands: [PersonListCommand.self, PersonAddCommand.self, PersonSetCommand.self, PersonRemoveCommand.self]
    )
}
