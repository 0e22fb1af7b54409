import ArgumentParser

/// The agenda file every subcommand takes first.
struct AgendaFileArgument: ParsableArguments {
    @Argument(help: ArgumentHelp(.cmdFile, valueName: "file"), completion: .file(extensions: ["json"]))
    var file: String
}
