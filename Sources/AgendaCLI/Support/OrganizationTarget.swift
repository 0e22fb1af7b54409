import ArgumentParser

/// The agenda file and one organization in it, as the subcommands about one organization take them.
struct OrganizationTarget: ParsableArguments {
    @Argument(help: ArgumentHelp(.cmdFile, valueName: "file"), completion: .file(extensions: ["json"]))
    var file: String

    @Argument(help: ArgumentHelp(.cmdOrganizationID, valueName: "org-id"))
    var organizationID: String
}
