import ArgumentParser

/// The agenda file and one person of its roster, as the subcommands about one person take them.
struct PersonTarget: ParsableArguments {
    @Argument(help: ArgumentHelp(.cmdFile, valueName: "file"), completion: .file(extensions: ["json"]))
    var file: String

    @Argument(help: ArgumentHelp(.cmdPersonIDArgument, valueName: "person-id"))
    var personID: String
}
