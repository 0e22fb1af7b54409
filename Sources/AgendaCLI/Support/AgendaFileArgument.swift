import ArgumentParser

/// The agenda file every subcommand takes first.
struct AgendaFileArgument: ParsableArguments {
    @Argument(help: ArgumentHelp("The agenda file.", valueName: "file"), completion: .file(extensions: ["json"]))
    var file: String
}
