import AgendaLocalization
import Foundation

/// The language the command line speaks: `--lang` wherever it is among the arguments, else `LC_ALL`,
/// `LC_MESSAGES` and `LANG`, as the full-screen program chooses it.
///
/// It is known before the arguments are parsed, so that the parser's messages, the help and the
/// refusals of option values speak it too; each subcommand's `--lang` (`LanguageOption`) is the same
/// choice, declared so that the parser accepts it and the help shows it.
enum CommandLanguage {
    /// The language chosen for this run.
    static let current = Language.resolve(
        option: option(in: Array(CommandLine.arguments.dropFirst())), environment: ProcessInfo.processInfo.environment)

    /// The interface's strings in that language.
    static let strings = Strings(current)

    /// The value of the last `--lang` among the arguments (`--lang es` or `--lang=es`), before a `--`
    /// that ends the options; nil when there is none.
    static func option(in arguments: [String]) -> String? {
        var found: String?
        var index = 0
        while index < arguments.count, arguments[index] != "--" {
            let argument = arguments[index]
            if argument == "--lang", index + 1 < arguments.count {
                found = arguments[index + 1]
                index += 1
            } else if argument.hasPrefix("--lang=") {
                found = String(argument.dropFirst("--lang=".count))
            }
            index += 1
        }
        return found
    }
}

extension CommandLanguage {
    /// The arguments without their `--lang` options, for a subcommand that takes none.
    static func removingOption(from arguments: [String]) -> [String] {
        var kept: [String] = []
        var index = 0
        while index < arguments.count {
            if arguments[index] == "--lang" {
                index += 2
                continue
            }
            if !arguments[index].hasPrefix("--lang=") { kept.append(arguments[index]) }
            index += 1
        }
        return kept
    }
}

/// The interface's strings in the command line's language (`CommandLanguage`).
var strings: Strings { CommandLanguage.strings }
