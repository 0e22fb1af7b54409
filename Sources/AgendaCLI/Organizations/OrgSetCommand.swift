import AgendaModel
import AgendaStore
import ArgumentParser

/// `agenda org set FILE ORG-ID ...`: changes an organization's details.
struct OrgSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "set", abstract: strings[.cmdOrgSetAbstract])

    @OptionGroup var target: OrganizationTarget

    @OptionGroup var details: OrganizationOptions

    @Option(help: ArgumentHelp(.cmdOrgAddCommunity))
    var addCommunity: [String] = []

    @Option(help: ArgumentHelp(.cmdOrgRemoveCommunity))
    var removeCommunity: [String] = []

    @OptionGroup var editor: EditorOptions
    @OptionGroup var interface: LanguageOption

    func run() throws {
        try reporting {
            try FileAgendaStore.forCommandLine().update(target.file) { (agenda) throws(AgendaFileError) in
                guard let current = agenda.organization(target.organizationID) else {
                    throw AgendaFileError(file: target.file, Failure.withClosest(
                        EditError.noSuchOrganization(target.organizationID).localized, target.organizationID,
                        among: agenda.organizations.map(\.id)))
                }
                var org = details.applied(to: current)
                org.communities = Communities.changing(org.communities, adding: addCommunity, removing: removeCommunity)
                try agenda.apply([.updateOrganization(org)], by: editor.who, file: target.file)
            }
        }
    }
}
