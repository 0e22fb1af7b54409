import AgendaModel
import ArgumentParser
import Foundation

extension AgendaCommand {
    /// Parses the program's arguments and runs the subcommand they name, as `main()` does, but writes
    /// the argument parser's messages with their control characters as visible escapes.
    ///
    /// A usage error quotes the value it refuses (`--status $'\e[2J'`); written raw, that value would
    /// reach the terminal. Help and other clean exits go to standard output, errors to standard error.
    public static func runFromCommandLine() -> Never {
        do {
            var command = try parseAsRoot()
            try command.run()
            Foundation.exit(ExitCode.success.rawValue)
        } catch {
            let code = exitCode(for: error)
            let text = fullMessage(for: error)
            if !text.isEmpty {
                if code == .success {
                    Console.line(text)
                } else {
                    Console.error(text)
                }
            }
            Foundation.exit(code.rawValue)
        }
    }
}
