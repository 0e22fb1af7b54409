import AgendaModel
import AgendaStore
import AgendaTUI
import ArgumentParser
import Foundation
import NcursesBackend

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

    @Option(help: ArgumentHelp("The interface's language: en, es, pt or fr.", valueName: "language"))
    var lang: String?

    @OptionGroup var editor: EditorOptions

    func validate() throws {
        if let lang, Language(code: lang) == nil {
            throw ValidationError("'\(lang)' is not a language of the interface; use en, es, pt or fr")
        }
    }

    func run() throws {
        guard NcursesTerminal.isInteractive else {
            Console.error("agenda: not a terminal: the full-screen program needs one on standard input and output; "
                + "use a subcommand instead, such as 'agenda summary' or 'agenda list FILE' (see 'agenda --help')")
            throw ExitCode.failure
        }
        let target = path ?? AgendaLocation.home
        let start: AppRunner.Start = AgendaLocation.isFolder(target) ? .folder(target) : .file(target)
        let language = Language.resolve(option: lang, environment: ProcessInfo.processInfo.environment)
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal()
        } catch {
            Console.error("agenda: \(error)")
            throw ExitCode.failure
        }
        let runner = AppRunner(backend: terminal, store: FileAgendaStore(), language: language, who: editor.who,
                               clock: { Environment.now })
        let status = runner.run(start)
        terminal.restore()
        // Ended by a signal: exit as shells expect, 128 plus its number.
        if let signal = terminal.terminationSignal { throw ExitCode(128 + signal) }
        if status != 0 { throw ExitCode(status) }
    }
}
