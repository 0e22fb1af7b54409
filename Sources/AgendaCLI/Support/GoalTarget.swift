import ArgumentParser

/// The agenda file and one goal in it, as the subcommands about one goal take them.
struct GoalTarget: ParsableArguments {
    @Argument(help: ArgumentHelp("The agenda file.", valueName: "file"), completion: .file(extensions: ["json"]))
    var file: String

    @Argument(help: ArgumentHelp("The goal's id.", valueName: "goal-id"))
    var goalID: String
}
