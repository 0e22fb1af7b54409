import ArgumentParser

/// The agenda file and one session in it, as the subcommands about one session take them.
struct SessionTarget: ParsableArguments {
    @Argument(help: ArgumentHelp(.cmdFile, valueName: "file"), completion: .file(extensions: ["json"]))
    var file: String

    @Argument(help: ArgumentHelp(.cmdSessionID, valueName: "session-id"))
    var sessionID: String
}
