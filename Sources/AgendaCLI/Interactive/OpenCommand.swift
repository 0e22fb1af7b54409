import AgendaLocalization
import AgendaModel
import AgendaStore
import AgendaTUI
import ArgumentParser
import Foundation

/// `agenda [PATH]`: the full-screen program, on an agenda file or a folder of agendas.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open the full-screen program (the default).",
        discussion: """
            PATH is an agenda file, or a folder of agendas: a folder with one agenda opens it, a folder \
            with several shows a picker. Default: $AGENDA_HOME, else ./Agendas. The interface speaks \
            English, Spanish, Portuguese and French, from --lang or else LC_ALL, LC_MESSAGES and LANG. \
            NO_COLOR turns colour off.
            """
    )

    @Argument(help: "An agenda file, or a folder of agendas (default: $AGENDA_HOME, else ./Agendas).")
    var path: String?

    @Option(help: ArgumentHelp("The interface's language: en, es, pt or fr.", valueName: "language"), completion: .list(["en", "es", "pt", "fr"]))
    var lang: String?

    @OptionGroup var editor: EditorOptions

    func validate() throws {
        if let lang, Language(code: lang) == nil {
            throw ValidationError("'\(lang)' is not a language of the interface; use en, es, pt or fr")
        }
    }

    func run() throws {
        let target = path ?? AgendaLocation.home
        let start: AppRunner.Start = AgendaLocation.isFolder(target) ? .folder(target) : .file(target)
        try Interactive.run(start, lang: lang, who: editor.who)
    }
}
