import AgendaLocalization
import AgendaStore
import AgendaTUI
import ArgumentParser
import Foundation
import NcursesBackend

/// Starting the full-screen program: a terminal, the store, the language, who edits, the clock.
enum Interactive {
    static func run(_ start: AppRunner.Start, lang: String?, who: String) throws {
        guard NcursesTerminal.isInteractive else {
            Console.error("agenda: " + strings[.cliNotATerminal] + "; " + useSubcommands)
            throw ExitCode.failure
        }
        let language = Language.resolve(option: lang, environment: ProcessInfo.processInfo.environment)
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal()
        } catch {
            switch error {
            case .unknownTerminal, .cannotAddressCursor: Console.error("agenda: \(error); " + useSubcommands)
            case .notATerminal, .alreadyInUse: Console.error("agenda: \(error)")
            }
            throw ExitCode.failure
        }
        let runner = AppRunner(backend: terminal, store: FileAgendaStore(), language: language, who: who,
                               clock: { Environment.now })
        // The screen is the interface's own: a save's warning is shown on its status line, never printed
        // over it, so this store reports to no one.
        let status = runner.run(start)
        terminal.restore()
        // Ended by a signal: exit as shells expect, 128 plus its number.
        if let signal = terminal.terminationSignal { throw ExitCode(128 + signal) }
        if status != 0 { throw ExitCode(status) }
    }

    /// What to do where the full-screen program cannot run.
    static var useSubcommands: String { strings[.cliUseSubcommands] }
}
