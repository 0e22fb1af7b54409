/// How an `NcursesTerminal` starts.
public struct TerminalOptions: Sendable, Equatable {
    /// Whether colours are drawn.
    public enum ColorChoice: Sendable, Equatable {
        /// When the terminal has colours and the environment has no non-empty `NO_COLOR`.
        case automatic
        /// Never: styles are drawn with their attributes only.
        case never
    }

    /// The name that starts the messages written when a signal ends the program.
    public var programName: String
    /// Whether clicks and the wheel are reported (the terminal then selects text with Shift).
    public var mouse: Bool
    public var color: ColorChoice
    /// How long ncurses waits after Escape for the rest of a key's sequence, in milliseconds.
    public var escapeDelay: Int
    /// Whether pasted text is asked to arrive marked (bracketed paste), so that it is text, not keys.
    public var bracketedPaste: Bool

    public init(programName: String = "agenda", mouse: Bool = true, color: ColorChoice = .automatic, escapeDelay: Int = 25,
                bracketedPaste: Bool = true) {
        self.programName = programName
        self.mouse = mouse
        self.color = color
        self.escapeDelay = escapeDelay
        self.bracketedPaste = bracketedPaste
    }

    /// Whether colours are wanted, given the value of `NO_COLOR` (see no-color.org: any
    /// non-empty value turns colours off).
    func wantsColor(noColor: String?) -> Bool {
        color == .automatic && (noColor ?? "").isEmpty
    }
}

/// Why an `NcursesTerminal` could not start.
public enum TerminalStartError: Error, Equatable, CustomStringConvertible {
    /// Standard input or output is not a terminal.
    case notATerminal
    /// Another `NcursesTerminal` is in use in this process.
    case alreadyInUse
    /// ncurses does not know the terminal type (`TERM`), or cannot drive it.
    case unknownTerminal(String)
    /// The terminal type (`TERM`) cannot move the cursor anywhere on the screen (`dumb`, a printing
    /// terminal): a full screen drawn on it would come out as garbage on one line.
    case cannotAddressCursor(String)

    public var description: String {
        switch self {
        case .notATerminal:
            "the interactive screen needs a terminal: standard input and output must both be one"
        case .alreadyInUse:
            "the terminal is already in use by this program"
        case .unknownTerminal(let type):
            type.isEmpty
                ? "TERM is not set, so the terminal type is unknown"
                : "the terminal type \"\(type)\" (TERM) is unknown or cannot show a full screen"
        case .cannotAddressCursor(let type):
            "the terminal type \"\(type)\" (TERM) cannot move the cursor, so it cannot show a full screen"
        }
    }
}
