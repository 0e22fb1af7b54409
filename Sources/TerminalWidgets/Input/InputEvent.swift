/// Something the terminal reports: a key, a mouse action, a new size.
public enum InputEvent: Equatable, Sendable {
    case key(Key)
    case mouse(MouseEvent)
    /// The terminal now has this many columns and rows.
    case resize(width: Int, height: Int)
    /// The program was resumed after a suspend (Ctrl-Z, then `fg`): everything must be redrawn.
    case resumed
    /// The program was asked to end (SIGTERM, SIGHUP, SIGINT): quit cleanly now.
    case terminate
    /// Text pasted into the terminal (bracketed paste), line breaks as LF: it goes into the field
    /// being edited as text, never as keys.
    case paste(String)
}

/// A mouse action at a cell.
public struct MouseEvent: Equatable, Sendable {
    public enum Action: Equatable, Sendable {
        case press(button: Int)
        case release
        case scrollUp
        case scrollDown
    }

    public var x: Int
    public var y: Int
    public var action: Action

    public init(x: Int, y: Int, action: Action) {
        self.x = x
        self.y = y
        self.action = action
    }
}
