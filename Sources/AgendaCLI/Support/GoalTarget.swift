import ArgumentParser

/// The agenda file and one goal in it, as the subcommands about one goal take them.
struct GoalTarget: ParsableArguments {
    @Argument(help: ArgumentHelp(.cmdFile, valueName: "file"), completion: .file(extensions: ["json"]))
    var file: String

    @Argument(help: ArgumentHelp(.cmdGoalID, valueName: "goal-id"))
    var goalID: String
}
