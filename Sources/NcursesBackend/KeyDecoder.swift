import CNcurses
import TerminalWidgets

/// What `wget_wch` returned: a character (OK) or a key code (KEY_CODE_YES).
enum RawInput: Equatable, Sendable {
    /// A character code, `wint_t`: a Unicode scalar value, or a control code such as 27 or 127.
    case scalar(UInt32)
    /// A key code such as `KEY_UP`, `KEY_RESIZE` or `KEY_MOUSE`, or an extended one above `KEY_MAX`.
    case keyCode(Int32)
}

/// What a raw input means to the program, before the backend asks ncurses for details.
enum DecodedInput: Equatable, Sendable {
    case key(Key)
    /// `KEY_MOUSE`: the event is fetched with `getmouse`.
    case mouse
    /// `KEY_RESIZE`: the new size is read from `stdscr`.
    case resize
    /// Nothing the program handles (an unknown key, a stray control code).
    case ignored
    /// The start and the end of a bracketed paste (`ESC [200~`, `ESC [201~`).
    case pasteStart, pasteEnd
}

/// Maps what `wget_wch` returns to keys: a pure function, tested without a terminal.
///
/// Several terminals send Home, End, PgUp and PgDn as codes other than `KEY_HOME` and friends
/// (vt220's Find and Select, the keypad's corners `KEY_A1`…`KEY_C3`), and keys with Shift, Ctrl or
/// Alt as extended codes above `KEY_MAX` whose terminfo names are `kUP5`, `kHOM3` and so on: all
/// of these arrive as the plain key, so a modifier never makes a key do nothing.
enum KeyDecoder {
    /// Decodes one raw input; `keyName` gives the terminfo name of an extended key code
    /// (ncurses' `keyname`), asked only for codes above `KEY_MAX`.
    static func decode(_ raw: RawInput, keyName: (Int32) -> String? = { _ in nil }) -> DecodedInput {
        switch raw {
        case .scalar(let value):
            return decodeScalar(value)
        case .keyCode(let code):
            return decodeKeyCode(code, keyName: keyName)
        }
    }

    /// A character code: controls become keys, everything printable a character.
    static func decodeScalar(_ value: UInt32) -> DecodedInput {
        switch value {
        case 27: return .key(.escape)
        case 9: return .key(.tab)
        case 10, 13: return .key(.enter)
        case 8, 127: return .key(.backspace)
        case 1...26:
            // Ctrl-A is 1 … Ctrl-Z is 26 (Ctrl-H, I, J and M are taken above).
            return .key(.control(Character(Unicode.Scalar(UInt8(0x60 + value)))))
        case 0..<32, 0x80..<0xA0:
            return .ignored
        default:
            guard let scalar = Unicode.Scalar(value) else { return .ignored }
            return .key(.character(Character(scalar)))
        }
    }

    /// A key code from the terminal's key table.
    static func decodeKeyCode(_ code: Int32, keyName: (Int32) -> String?) -> DecodedInput {
        switch code {
        case KEY_RESIZE: return .resize
        case KEY_MOUSE: return .mouse
        case KEY_UP, KEY_SR: return .key(.up)
        case KEY_DOWN, KEY_SF: return .key(.down)
        case KEY_LEFT, KEY_SLEFT: return .key(.left)
        case KEY_RIGHT, KEY_SRIGHT: return .key(.right)
        case KEY_HOME, KEY_SHOME, KEY_A1, KEY_FIND, KEY_BEG: return .key(.home)
        case KEY_END, KEY_SEND, KEY_C1, KEY_SELECT, KEY_LL: return .key(.end)
        case KEY_PPAGE, KEY_SPREVIOUS, KEY_PREVIOUS, KEY_A3: return .key(.pageUp)
        case KEY_NPAGE, KEY_SNEXT, KEY_NEXT, KEY_C3: return .key(.pageDown)
        case KEY_ENTER: return .key(.enter)
        case KEY_BTAB: return .key(.backTab)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC, KEY_SDC: return .key(.delete)
        case KEY_IC, KEY_SIC: return .key(.insert)
        case (KEY_F0 + 1)...(KEY_F0 + 12): return .key(.function(Int(code - KEY_F0)))
        case KeySequences.pasteStart: return .pasteStart
        case KeySequences.pasteEnd: return .pasteEnd
        default:
            guard code > KEY_MAX, let name = keyName(code) else { return .ignored }
            return decodeExtendedName(name)
        }
    }

    /// An extended key by its terminfo name: `kUP5` (Ctrl-Up) is Up, `kHOM3` (Alt-Home) is Home.
    static func decodeExtendedName(_ name: String) -> DecodedInput {
        let prefixes: [(String, Key)] = [
            ("kUP", .up), ("kDN", .down), ("kLFT", .left), ("kRIT", .right),
            ("kHOM", .home), ("kEND", .end), ("kPRV", .pageUp), ("kNXT", .pageDown),
            ("kDC", .delete), ("kIC", .insert),
        ]
        for (prefix, key) in prefixes where name.hasPrefix(prefix) {
            let modifier = name.dropFirst(prefix.count)
            if modifier.allSatisfy(\.isNumber) { return .key(key) }
        }
        return .ignored
    }
}
