import AgendaModel
import AgendaStore
import ArgumentParser

/// `agenda org add FILE --id ID --name N --country CC`: adds an organization.
struct OrgAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Add an organization.")

    @OptionGroup var target: AgendaFileArgument

    @Option(help: "A short readable id: lowercase letters, digits and dashes, such as alianza.",
            transform: ValueParsers.slug)
    var id: String

    @OptionGroup var details: OrganizationOptions

    @Option(help: "A community it serves, such as afro-latino or indigenous (repeat).")
    var community: [String] = []

    @OptionGroup var editor: EditorOptions

    func validate() throws {
        if details.name == nil { throw ValidationError("give the organization's --name") }
        if details.country == nil { throw ValidationError("give the organization's --country, such as MX") }
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
