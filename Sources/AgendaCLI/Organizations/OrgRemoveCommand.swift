import AgendaModel
import AgendaStore
import ArgumentParser

/// `agenda org remove FILE ORG-ID`: removes an organization, unlinking it from goals when asked to.
struct OrgRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove", abstract: strings[.cmdOrgRemoveAbstract], discussion: strings[.cmdOrgRemoveDiscussion]
    )

    @OptionGroup var target: OrganizationTarget

    @Flag(help: ArgumentHelp(.cmdOrgUnlink))
    var unlink = false

    @OptionGroup var editor: EditorOptions
    @OptionGroup var interface: LanguageOption

    func run() throws {
        try reporting {
            try FileAgendaStore.forCommandLine().update(target.file) { (agenda) throws(AgendaFileError) in
                let users = agenda.goals.filter { $0.organizations.contains(target.organizationID) }.map(\.id)
                if !users.isEmpty && !unlink {
                    throw AgendaFileError(file: target.file, strings.format(.fileNothingWritten, strings.format(
                        .cliAddUnlink, EditError.inUse(target.organizationID, by: users).localized)))
                }
                try agenda.apply([.removeOrganization(id: target.organizationID)], by: editor.who, file: target.file)
            }
        }
    }
}
