import CNcurses

/// Escape sequences that terminals send for editing and moving keys, taught to ncurses on top of the
/// terminal's own description.
///
/// Terminfo entries list one sequence per key, but PuTTY, rxvt, the Linux console, screen and tmux
/// send others (`ESC [1~` for Home, `ESC [4~` for End, ...) under the same `TERM`. Unknown, ncurses
/// would hand them over as Escape followed by letters: Escape would close a menu and the letters act.
enum KeySequences {
    static let extra: [(String, Int32)] = [
        ("\u{1b}[1~", KEY_HOME), ("\u{1b}[7~", KEY_HOME), ("\u{1b}[H", KEY_HOME), ("\u{1b}OH", KEY_HOME),
        ("\u{1b}[4~", KEY_END), ("\u{1b}[8~", KEY_END), ("\u{1b}[F", KEY_END), ("\u{1b}OF", KEY_END),
        ("\u{1b}[5~", KEY_PPAGE), ("\u{1b}[6~", KEY_NPAGE), ("\u{1b}[3~", KEY_DC), ("\u{1b}[2~", KEY_IC),
        ("\u{1b}[A", KEY_UP), ("\u{1b}[B", KEY_DOWN), ("\u{1b}[C", KEY_RIGHT), ("\u{1b}[D", KEY_LEFT),
        ("\u{1b}OA", KEY_UP), ("\u{1b}OB", KEY_DOWN), ("\u{1b}OC", KEY_RIGHT), ("\u{1b}OD", KEY_LEFT),
        ("\u{1b}[Z", KEY_BTAB),
    ]

    /// Key codes of our own, above ncurses' extended codes, for the two ends of a bracketed paste.
    static let pasteStart = KEY_MAX + 0x300
    static let pasteEnd = KEY_MAX + 0x301

    /// Turns bracketed paste on (the terminal then wraps pasted text in `ESC [200~` and `ESC [201~`)
    /// and off.
    static let bracketedPasteOn = "\u{1b}[?2004h"
    static let bracketedPasteOff = "\u{1b}[?2004l"

    /// Defines every extra sequence that the terminal's description does not already bind, and the
    /// ends of a bracketed paste.
    static func install() {
        for (sequence, code) in extra where key_defined(sequence) == 0 {
            define_key(sequence, code)
        }
        define_key("\u{1b}[200~", pasteStart)
        define_key("\u{1b}[201~", pasteEnd)
    }

    /// Whether a byte ends a control sequence (`ESC [ ... final`): `@` to `~`.
    static func isFinal(_ value: UInt32) -> Bool {
        (0x40...0x7E).contains(value)
    }
}
