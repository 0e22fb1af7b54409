import AgendaLocalization
import AgendaModel
import AgendaStore
import AgendaTUI
import ArgumentParser
import Foundation

/// `agenda [PATH]`: the full-screen program, on an agenda file or a folder of agendas.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open", abstract: strings[.cmdOpenAbstract], discussion: strings[.cmdOpenDiscussion])

    @Argument(help: ArgumentHelp(.cmdAgendaPath))
    var path: String?

    @OptionGroup var interface: LanguageOption
    @OptionGroup var editor: EditorOptions

    func run() throws {
        let target = path ?? AgendaLocation.home
        let start: AppRunner.Start = AgendaLocation.isFolder(target) ? .folder(target) : .file(target)
        try Interactive.run(start, lang: interface.lang, who: editor.who)
    }
}
