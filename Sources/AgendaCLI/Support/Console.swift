import AgendaModel
import Foundation

/// Writing to standard output and standard error, unbuffered by Swift's `print` quirks.
///
/// Text for people (tables, `show`, messages, Markdown) never reaches the terminal with a control
/// character in it: `out`, `line` and `error` write each one as its visible escape, `<U+001B>`, keeping
/// line breaks and tabs (see `String.escapingControls(multiline:)`). Data that must keep its exact
/// text (CSV) goes through `out(exact:)`, and JSON, already escaped, through `out(bytes:)`.
enum Console {
    /// Writes text for people to standard output, control characters escaped.
    static func out(_ text: String) {
        out(exact: text.escapingControls(multiline: true))
    }

    /// Writes text to standard output exactly as it is, for data such as CSV.
    static func out(exact text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes bytes to standard output as is.
    static func out(bytes: [UInt8]) {
        FileHandle.standardOutput.write(Data(bytes))
    }

    /// Writes a line for people to standard output, control characters escaped.
    static func line(_ text: String = "") {
        out(text + "\n")
    }

    /// Writes a line to standard error, control characters escaped: messages quote file names and
    /// text from files, which can hold any character.
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text.escapingControls(multiline: true) + "\n").utf8))
    }

    /// Whether standard output is a terminal.
    static var outputIsTerminal: Bool {
        isatty(STDOUT_FILENO) == 1
    }

    /// The width of the terminal on standard output, or nil when it is not a terminal.
    static var terminalWidth: Int? {
        guard outputIsTerminal else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
