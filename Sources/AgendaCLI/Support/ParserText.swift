import AgendaLocalization
import Foundation

/// The argument parser's own words, in the command line's language: its errors (`Error: Missing
/// expected argument '<file>'`), its usage line and the headings of the help screens.
///
/// The parser writes them in English, and has no place for a translation; this rewrites the lines it
/// makes, whose shape is fixed, and leaves every other line (the help of each option, the refusals
/// of values, which already speak the language) as it is.
enum ParserText {
    static func localize(_ text: String) -> String {
        guard CommandLanguage.current != .english else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line(String($0)) }.joined(separator: "\n")
    }

    private static func line(_ line: String) -> String {
        if let rest = after(line, "Error: ") { return strings.format(.cliParserError, error(rest)) }
        if let rest = after(line, "Usage: ") { return strings.format(.cliUsageLine, rest) }
        if let rest = after(line, "Help:  ") { return strings.format(.cliHelpLine, rest) }
        if let command = between(line, "  See '", "' for more information.") { return "  " + strings.format(.cliSeeHelp, command) }
        if let command = between(line, "  See '", "' for detailed help.") { return "  " + strings.format(.cliSeeDetailedHelp, command) }
        let headings: [String: Text] = [
            "USAGE:": .cliHelpUsage, "ARGUMENTS:": .cliHelpArguments, "OPTIONS:": .cliHelpOptions,
            "SUBCOMMANDS:": .cliHelpSubcommands,
        ]
        if let heading = headings[line] { return strings[heading] }
        if let rest = after(line, "OVERVIEW: ") { return strings[.cliHelpOverview] + " " + rest }
        if let rest = after(line, "USAGE: ") { return strings[.cliHelpUsage] + " " + rest }
        var line = line
        for (english, key) in [("Show help information.", Text.cliHelpShowHelp), ("Show the version.", .cliHelpShowVersion)]
        where line.hasSuffix(english) {
            line = String(line.dropLast(english.count)) + strings[key]
        }
        if line.hasSuffix(" (default)") { line = String(line.dropLast(" (default)".count)) + " " + strings[.cliHelpDefaultCommand] }
        return line.replacingOccurrences(of: "(default: ", with: "(" + strings[.cliHelpDefault] + " ")
            .replacingOccurrences(of: "; default: ", with: "; " + strings[.cliHelpDefault] + " ")
            .replacingOccurrences(of: "(values: ", with: "(" + strings[.cliHelpValues] + " ")
    }

    /// The parser's error messages, from their English form.
    private static func error(_ message: String) -> String {
        if let (option, suggestion) = pair(message, "Unknown option '", "'. Did you mean '", "'?") {
            return strings.format(.cliUnknownOptionSuggestion, option, suggestion)
        }
        if let option = between(message, "Unknown option '", "'") { return strings.format(.cliUnknownOption, option) }
        if let argument = between(message, "Missing expected argument '", "'") { return strings.format(.cliMissingArgument, argument) }
        if let option = between(message, "Missing value for '", "'") { return strings.format(.cliMissingValue, option) }
        if let argument = between(message, "Unexpected argument '", "'") { return strings.format(.cliUnexpectedArgument, argument) }
        if let range = message.range(of: " unexpected arguments: "), let count = Int(message[..<range.lowerBound]) {
            return strings.format(.cliUnexpectedArguments, count, String(message[range.upperBound...]))
        }
        if let range = message.range(of: "': "), let (value, option) = pair(String(message[..<range.lowerBound]) + "'",
                                                                            "The value '", "' is invalid for '", "'") {
            return strings.format(.cliInvalidValue, value, option) + ": " + message[range.upperBound...]
        }
        if let (value, option) = pair(message, "The value '", "' is invalid for '", "'") {
            return strings.format(.cliInvalidValue, value, option)
        }
        if message == "Missing required subcommand." { return strings[.cliMissingSubcommand] }
        return message
    }

    private static func after(_ text: String, _ prefix: String) -> String? {
        text.hasPrefix(prefix) ? String(text.dropFirst(prefix.count)) : nil
    }

    private static func between(_ text: String, _ prefix: String, _ suffix: String) -> String? {
        guard text.hasPrefix(prefix), text.hasSuffix(suffix), text.count > prefix.count + suffix.count else { return nil }
        return String(text.dropFirst(prefix.count).dropLast(suffix.count))
    }

    /// The two texts between three markers: `A'x'B'y'C` → (x, y).
    private static func pair(_ text: String, _ start: String, _ middle: String, _ end: String) -> (String, String)? {
        guard let inner = between(text, start, end), let split = inner.range(of: middle) else { return nil }
        return (String(inner[..<split.lowerBound]), String(inner[split.upperBound...]))
    }
}
