import AgendaModel
import ArgumentParser
import Foundation

extension AgendaCommand {
    /// Parses the program's arguments and runs the subcommand they name, as `main()` does, but writes
    /// the argument parser's messages in the command line's language, with their control characters
    /// as visible escapes.
    ///
    /// A usage error quotes the value it refuses (`--status $'\e[2J'`); written raw, that value would
    /// reach the terminal. Help and other clean exits go to standard output, errors to standard error.
    /// A mistyped subcommand (`agenda lst FILE`) and an unknown option are reported before anything
    /// else the parser would say (see `CommandGuess` and `UnknownOption`).
    public static func runFromCommandLine() -> Never {
        var arguments = Array(CommandLine.arguments.dropFirst())
        // `agenda help set --lang es`, `agenda org --lang es`: the parser's help subcommand and the groups
        // of subcommands take no option, but the language has been read already (`CommandLanguage`).
        if arguments.first == "help" || CommandGuess.endsAtGroup(arguments) {
            arguments = CommandLanguage.removingOption(from: arguments)
        }
        if let mistyped = CommandGuess.mistyped(in: arguments) {
            Console.error(strings.format(.cliParserError, mistyped))
            Foundation.exit(ExitCode.validationFailure.rawValue)
        }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            Foundation.exit(ExitCode.success.rawValue)
        } catch {
            let code = exitCode(for: error)
            var text = fullMessage(for: error)
            if code == .validationFailure, !text.hasPrefix("Error: Unknown option"), let unknown = UnknownOption.message(for: arguments) {
                text = "Error: " + unknown + "\n" + text.split(separator: "\n").dropFirst().joined(separator: "\n")
            }
            text = ParserText.localize(text)
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
