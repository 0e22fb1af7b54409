import ArgumentParser

/// `agenda org list|add|set|remove FILE ...`: the agenda's organizations.
struct OrgCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "org", abstract: strings[.cmdOrgAbstract],
        subcommands: [OrgListCommand.self, OrgAddCommand.self, OrgSetCommand.self, OrgRemoveCommand.self]
    )
}
