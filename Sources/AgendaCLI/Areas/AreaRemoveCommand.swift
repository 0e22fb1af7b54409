import AgendaModel
import AgendaStore
import ArgumentParser

/// `agenda area remove FILE AREA-ID`: removes an area no goal uses.
struct AreaRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "remove", abstract: strings[.cmdAreaRemoveAbstract])

    @OptionGroup var target: AreaTarget
    @OptionGroup var editor: EditorOptions
    @OptionGroup var interface: LanguageOption

    func run() throws {
        try reporting { try editor.apply([.removeArea(id: target.areaID)], to: target.file) }
    }
}
