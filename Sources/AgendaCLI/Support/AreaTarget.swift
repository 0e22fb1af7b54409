import ArgumentParser

/// The agenda file and one area in it, as the subcommands about one area take them.
struct AreaTarget: ParsableArguments {
    @Argument(help: ArgumentHelp(.cmdFile, valueName: "file"), completion: .file(extensions: ["json"]))
    var file: String

    @Argument(help: ArgumentHelp(.cmdAreaIDArgument, valueName: "area-id"))
    var areaID: String
}
