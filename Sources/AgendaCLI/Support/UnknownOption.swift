import ArgumentParser
import Foundation

/// The first option among the arguments that the subcommand they name does not take.
///
/// The argument parser checks a subcommand's own rules (`validate()`, a value it refuses) before it
/// looks for options it does not know, so `agenda set FILE ID --progres 50` would say "give at least
/// one field to change" and never name the mistyped option. On a failed parse, this finds it from the
/// parser's own description of the command line, so that it is reported first.
enum UnknownOption {
    /// The message for the first unknown option, with the closest the subcommand takes when one is
    /// close, or nil when every option is known.
    static func message(for arguments: [String]) -> String? {
        guard let root = description(), var node = root["command"] as? [String: Any] else { return nil }
        var index = 0
        while index < arguments.count, !arguments[index].hasPrefix("-"),
              let child = subcommands(of: node).first(where: { $0["commandName"] as? String == arguments[index] }) {
            node = child
            index += 1
        }
        // `agenda PATH --x` is the default subcommand's.
        if index == 0 || !subcommands(of: node).isEmpty,
           let open = subcommands(of: node).first(where: { $0["commandName"] as? String == CommandGuess.name(of: OpenCommand.self) }) {
            node = open
        }
        let known = Set(longNames(of: node) + ["help", "version", "generate-completion-script", "experimental-dump-help"])
        for argument in arguments[index...] {
            if argument == "--" { break }
            guard argument.hasPrefix("--"), argument.count > 2 else { continue }
            let name = String(argument.dropFirst(2).prefix { $0 != "=" })
            guard !known.contains(name) else { continue }
            let option = "--" + name
            if let close = Closest.names(to: name, among: longNames(of: node), limit: 1, within: 2).first {
                return strings.format(.cliUnknownOptionSuggestion, option, "--" + close)
            }
            return strings.format(.cliUnknownOption, option)
        }
        return nil
    }

    /// The argument parser's description of the whole command line, as JSON (what `--experimental-dump-help` prints).
    private static func description() -> [String: Any]? {
        (try? JSONSerialization.jsonObject(with: Data(AgendaCommand._dumpHelp().utf8))) as? [String: Any]
    }

    private static func subcommands(of node: [String: Any]) -> [[String: Any]] {
        node["subcommands"] as? [[String: Any]] ?? []
    }

    /// The long names of a command's options and flags, without their dashes.
    private static func longNames(of node: [String: Any]) -> [String] {
        let arguments = node["arguments"] as? [[String: Any]] ?? []
        return arguments.flatMap { argument in
            (argument["names"] as? [[String: Any]] ?? []).compactMap { name in
                (name["kind"] as? String)?.hasPrefix("long") == true ? name["name"] as? String : nil
            }
        }
    }
}
