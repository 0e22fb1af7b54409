import ArgumentParser

/// The agenda file and one session in it, as the subcommands about one session take them.
struct SessionTarget: ParsableArguments {
    @Argument(help: ArgumentHelp("The agenda file.", valueName: "file"), completion: .file(extensions: ["json"]))
    var file: String

    @Argument(help: ArgumentHelp("The session's id.", valueName: "session-id"))
    var sessionID: String
}
