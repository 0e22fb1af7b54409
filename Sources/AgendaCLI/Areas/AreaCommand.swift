import ArgumentParser

/// `agenda area list|add|set|remove FILE ...`: the agenda's areas of work.
struct AreaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "area", abstract: strings[.cmdAreaAbstract],
        subcommands: [AreaListCommand.self, AreaAddCommand.self, AreaSetCommand.self, AreaRemoveCommand.self]
    )
}
