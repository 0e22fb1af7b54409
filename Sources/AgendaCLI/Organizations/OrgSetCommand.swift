import AgendaModel
import AgendaStore
import ArgumentParser

/// `agenda org set FILE ORG-ID ...`: changes an organization's details.
struct OrgSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "set", abstract: "Change an organization.")

    @OptionGroup var target: OrganizationTarget

    @OptionGroup var details: OrganizationOptions

    @Option(help: "Add a community it serves (repeat).")
    var addCommunity: [String] = []

    @Option(help: "Remove a community (repeat).")
    var removeCommunity: [String] = []

    @OptionGroup var editor: EditorOptions

    func run() throws {
        try reporting {
            try FileAgendaStore.forCommandLine().update(target.file) { (agenda) throws(AgendaFileError) in
                guard let current = agenda.organization(target.organizationID) else {
                    throw AgendaFileError(file: target.file, EditError.noSuchOrganization(target.organizationID).description)
                }
                var org = details.applied(to: current)
                org.communities = Communities.changing(org.communities, adding: addCommunity, removing: removeCommunity)
                try agenda.apply([.updateOrganization(org)], by: editor.who, file: target.file)
            }
        }
    }
}
