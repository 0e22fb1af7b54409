import CNcurses
import TerminalWidgets
#if canImport(Glibc)
import Glibc
#endif

/// The terminal through ncurses: draws screen buffers, reads keys, mouse and resizes, and gives
/// the terminal back however the program ends.
///
/// Start it once, use it from one thread, and call `restore()` before the program exits:
///
/// ```swift
/// guard NcursesTerminal.isInteractive else { ... }
/// let terminal = try NcursesTerminal()
/// defer { terminal.restore() }
/// while true {
///     terminal.present(render(state))
///     switch terminal.nextEvent(timeout: 1000) {
///     case .terminate?: save(); return
///     ...
///     }
/// }
/// ```
///
/// What it sets up: the locale (UTF-8, see `TerminalLocale`); ncurses through `newterm` on
/// standard input and output, so that an unknown `TERM` is an error rather than an exit; cbreak
/// mode with signals kept (Ctrl-C, Ctrl-Z and Ctrl-\\ are handled as signals, see `SignalGuard`)
/// and XON/XOFF flow control off, so Ctrl-S and Ctrl-Q are keys; no echo; keypad keys; a 25 ms
/// escape delay; the mouse (press and release of the first button, the wheel); colours with the
/// terminal's defaults unless `NO_COLOR` is set. While the screen is ours, standard error (when it
/// is the terminal) goes to a temporary file, and its last 16 KiB are written out when the
/// terminal is given back, so a warning cannot garble the screen and a crash message survives.
///
/// After `restore()` the terminal is the shell's again; a later `present` or `nextEvent` takes it
/// back (to run an editor in between, for instance).
public final class NcursesTerminal: TerminalBackend {
    /// Whether standard input and output are both terminals, as the interactive screen needs.
    public static var isInteractive: Bool {
        isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
    }

    /// The termination signal behind the last `.terminate` (SIGINT, SIGTERM, SIGHUP, SIGQUIT),
    /// or nil when the terminal hung up; a program may exit with 128 + this number.
    public internal(set) var terminationSignal: Int32?

    /// Whether the locale could be made UTF-8 (otherwise accents and wide characters are lost).
    public let hasUTF8Locale: Bool

    /// Whether colours are drawn: the terminal has at least 8, `NO_COLOR` is unset or empty, and
    /// the options allow them. Without, styles are drawn as `Style.monochrome`.
    public var hasColor: Bool { palette.hasColor }

    /// The size of the screen in columns and rows, as ncurses last measured it (after a
    /// `.resize` event, the new one).
    public var size: (width: Int, height: Int) {
        let window = agenda_stdscr()
        return (Int(agenda_width(window)), Int(agenda_height(window)))
    }

    let options: TerminalOptions
    let screen: OpaquePointer
    var palette: StylePalette
    var pairs: ColorPairTable
    /// Attributes and pair number by style, so each style costs one lookup after the first.
    var styleCache: [Style: (attributes: UInt32, pair: Int32)] = [:]
    /// The buffer on screen, nil when the next `present` must draw every cell.
    var presented: ScreenBuffer?
    /// Whether the terminal's cursor shows, nil when unknown.
    var cursorVisible: Bool?
    /// Whether the screen is ours (between start or re-entry and `restore`).
    var isActive = false
    /// Raw inputs read ahead of time (while joining a grapheme cluster), oldest first.
    var pendingInput: [RawInput] = []
    /// Whether ncurses may hold input it has read but not returned (after an escape sequence
    /// that matched no key, or a resize), which `poll` on the terminal would not see.
    var mayHaveBufferedInput = false
    /// Whether the terminal is gone; every `nextEvent` then returns `.terminate`.
    var hungUp = false
    let poller: InputPoller

    /// Takes the terminal: see the type's documentation for what is set up.
    public init(options: TerminalOptions = TerminalOptions()) throws(TerminalStartError) {
        guard Self.isInteractive else { throw TerminalStartError.notATerminal }
        let type = getenv("TERM").map { String(cString: $0) } ?? ""
        switch agenda_terminal_addresses_cursor(STDOUT_FILENO) {
        case -1: throw TerminalStartError.unknownTerminal(type)
        case 0: throw TerminalStartError.cannotAddressCursor(type)
        default: break
        }
        guard SignalGuard.claim() else { throw TerminalStartError.alreadyInUse }
        self.options = options
        hasUTF8Locale = TerminalLocale.prepare()
        guard SignalGuard.prepare(ttyDescriptor: STDIN_FILENO, outputDescriptor: STDOUT_FILENO, programName: options.programName) else {
            SignalGuard.unclaim()
            throw TerminalStartError.notATerminal
        }
        SignalGuard.install()
        guard let screen = newterm(nil, agenda_stdout(), agenda_stdin()) else {
            SignalGuard.uninstall()
            SignalGuard.unclaim()
            throw TerminalStartError.unknownTerminal(getenv("TERM").map { String(cString: $0) } ?? "")
        }
        self.screen = screen
        SignalGuard.attachToNcurses()
        poller = InputPoller(terminal: STDIN_FILENO, wake: SignalGuard.wakeDescriptor)

        cbreak()
        noecho()
        nonl()
        let window = agenda_stdscr()
        keypad(window, true)
        KeySequences.install()
        intrflush(window, false)
        set_escdelay(Int32(clamping: options.escapeDelay))
        agenda_disable_flow_control(STDIN_FILENO)

        var colorCount = 0
        var defaults = true
        if options.wantsColor(noColor: getenv("NO_COLOR").map { String(cString: $0) }), has_colors() {
            start_color()
            defaults = use_default_colors() == OK
            colorCount = Int(agenda_colors())
        }
        palette = StylePalette(colorCount: colorCount, hasDefaultColors: defaults)
        pairs = ColorPairTable(pairCount: colorCount > 0 ? Int(agenda_color_pairs()) : 0)

        enableMouse()
        enableBracketedPaste()
        isActive = true
        SignalGuard.captureStandardError()
        presented = nil
    }

    deinit {
        restore()
        delscreen(screen)
        SignalGuard.unclaim()
    }

    /// Gives the terminal back: mouse reporting off, ncurses' `endwin` (shell modes, cursor,
    /// main screen), the previous signal handlers, standard error. Does nothing when already done.
    public func restore() {
        guard isActive else { return }
        isActive = false
        mousemask(0, nil)
        disableBracketedPaste()
        endwin()
        SignalGuard.uninstall()
        SignalGuard.releaseStandardError()
    }

    /// Takes the terminal back after `restore()`: handlers, modes, mouse, a full redraw.
    func reenterIfNeeded() {
        guard !isActive else { return }
        SignalGuard.install()
        SignalGuard.attachToNcurses()
        isActive = true
        SignalGuard.captureStandardError()
        invalidate()
        wrefresh(agenda_stdscr())  // out of endwin: ncurses sets the program's modes again
        enableMouse()
        enableBracketedPaste()
        cursorVisible = nil
    }

    /// Asks the terminal to mark pasted text, so that a paste is text and not keys.
    func enableBracketedPaste() {
        guard options.bracketedPaste else { return }
        writeToTerminal(KeySequences.bracketedPasteOn)
    }

    func disableBracketedPaste() {
        guard options.bracketedPaste else { return }
        writeToTerminal(KeySequences.bracketedPasteOff)
    }

    /// Writes a control sequence to the terminal, outside ncurses' drawing.
    private func writeToTerminal(_ sequence: String) {
        fputs(sequence, agenda_stdout())
        fflush(agenda_stdout())
    }

    func enableMouse() {
        guard options.mouse else { return }
        mousemask(mmask_t(MouseMasks.ncurses.all), nil)
        mouseinterval(0)
    }
}
