import ArgumentParser
import Foundation

/// A first word that is no subcommand, and no file or folder either, but is close to a subcommand's
/// name: `agenda lst FILE` is `list` mistyped, not an agenda named `lst` for the full-screen program.
enum CommandGuess {
    /// The message for the mistyped subcommand among `arguments` (the program's, without its name), or
    /// nil when there is none: `unknown command 'lst'; did you mean 'list'?`.
    static func mistyped(in arguments: [String]) -> String? {
        var command: ParsableCommand.Type = AgendaCommand.self
        var path = ["agenda"]
        for word in CommandLanguage.removingOption(from: arguments) {
            let subcommands = command.configuration.subcommands
            guard !subcommands.isEmpty, !word.hasPrefix("-") else { return nil }
            if let next = subcommands.first(where: { name(of: $0) == word }) {
                command = next
                path.append(word)
                continue
            }
            // At the top, a word that names a file or a folder is the full-screen program's PATH.
            if command == AgendaCommand.self, word == "help" || FileManager.default.fileExists(atPath: word) { return nil }
            let names = subcommands.map(name(of:))
            guard let close = Closest.names(to: word, among: names, limit: 1, within: 2).first,
                  word.count > 1, command != AgendaCommand.self || !word.contains(where: { $0 == "/" || $0 == "." })
            else { return nil }
            return strings.format(.cliUnknownCommand, word, close) + "\n"
                + strings.format(.cliSeeHelp, (path + ["--help"]).joined(separator: " "))
        }
        return nil
    }

    /// Whether the subcommands the arguments name end at a group of subcommands (`agenda org`), which
    /// takes no option of its own.
    static func endsAtGroup(_ arguments: [String]) -> Bool {
        var command: ParsableCommand.Type = AgendaCommand.self
        for word in arguments where !word.hasPrefix("-") {
            guard let next = command.configuration.subcommands.first(where: { name(of: $0) == word }) else { break }
            command = next
        }
        return command != AgendaCommand.self && !command.configuration.subcommands.isEmpty
    }

    /// The name a subcommand is typed by.
    static func name(of command: ParsableCommand.Type) -> String {
        command.configuration.commandName ?? String(describing: command).lowercased()
    }
}
