import AgendaModel
import AgendaStore
import ArgumentParser

/// `agenda org add FILE --id ID --name N --country CC`: adds an organization.
struct OrgAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: strings[.cmdOrgAddAbstract])

    @OptionGroup var target: AgendaFileArgument

    @Option(help: ArgumentHelp(.cmdOrgID), transform: ValueParsers.slug)
    var id: String

    @OptionGroup var details: OrganizationOptions

    @Option(help: ArgumentHelp(.cmdOrgCommunity))
    var community: [String] = []

    @OptionGroup var editor: EditorOptions
    @OptionGroup var interface: LanguageOption

    func validate() throws {
        if details.name == nil { throw ValidationError(strings[.cliGiveOrganizationName]) }
        if details.country == nil { throw ValidationError(strings[.cliGiveOrganizationCountry]) }
    }

    func run() throws {
        try reporting {
            try FileAgendaStore.forCommandLine().update(target.file) { (agenda) throws(AgendaFileError) in
                var org = details.applied(to: Organization(id: id, name: "", country: "", kind: .other))
                org.communities = Communities.changing([], adding: community)
                try agenda.apply([.addOrganization(org)], by: editor.who, file: target.file)
            }
        }
    }
}
