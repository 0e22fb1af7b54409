import AgendaModel
import AgendaStore
import ArgumentParser

/// `agenda org remove FILE ORG-ID`: removes an organization, unlinking it from goals when asked to.
struct OrgRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Remove an organization.",
        discussion: "An organization that goals link to is removed only with --unlink, which unlinks it from them."
    )

    @OptionGroup var target: OrganizationTarget

    @Flag(help: "Unlink the organization from the goals that link to it.")
    var unlink = false

    @OptionGroup var editor: EditorOptions

    func run() throws {
        try reporting {
            try FileAgendaStore.forCommandLine().update(target.file) { (agenda) throws(AgendaFileError) in
                let users = agenda.goals.filter { $0.organizations.contains(target.organizationID) }.map(\.id)
                if !users.isEmpty && !unlink {
                    throw AgendaFileError(
                        file: target.file,
                        EditError.inUse(target.organizationID, by: users).description + "; add --unlink to unlink it from them; nothing was written")
                }
                try agenda.apply([.removeOrganization(id: target.organizationID)], by: editor.who, file: target.file)
            }
        }
    }
}
