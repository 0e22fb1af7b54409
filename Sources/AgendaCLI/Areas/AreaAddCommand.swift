import AgendaModel
import AgendaStore
import ArgumentParser

/// `agenda area add FILE --id ID --name NAME`: adds an area.
struct AreaAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: strings[.cmdAreaAddAbstract])

    @OptionGroup var target: AgendaFileArgument

    @Option(help: ArgumentHelp(.cmdAreaID), transform: ValueParsers.slug)
    var id: String

    @Option(help: ArgumentHelp(.cmdAreaName), transform: ValueParsers.nonEmpty)
    var name: String

    @Option(help: ArgumentHelp(.cmdAreaDescription))
    var description: String = ""

    @OptionGroup var editor: EditorOptions
    @OptionGroup var interface: LanguageOption

    func run() throws {
        try reporting { try editor.apply([.addArea(Area(id: id, name: name, description: description))], to: target.file) }
    }
}
