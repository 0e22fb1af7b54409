/// A key the user pressed, as screens and key maps see it.
public enum Key: Hashable, Sendable, CustomStringConvertible {
    /// A printable character (letters, digits, symbols, accented and wide characters, space).
    case character(Character)
    /// A letter pressed with Control: `.control("r")` is Ctrl-R.
    case control(Character)
    case up, down, left, right
    case home, end, pageUp, pageDown
    case enter, escape, tab, backTab, backspace, delete, insert
    /// A function key, F1 to F12.
    case function(Int)

    /// How the key is written in key hints and help: `j`, `Ctrl-R`, `PgDn`, `Enter`.
    public var description: String {
        switch self {
        case .character(" "): "Space"
        case .character(let c): String(c)
        case .control(let c): "Ctrl-" + String(c).uppercased()
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .backspace: "Backspace"
        case .delete: "Del"
        case .insert: "Ins"
        case .function(let n): "F\(n)"
        }
    }
}
