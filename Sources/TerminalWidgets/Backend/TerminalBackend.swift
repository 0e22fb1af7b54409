/// A terminal the program draws on and reads from; ncurses in the program, a fake in tests.
public protocol TerminalBackend: AnyObject {
    /// The terminal's size in columns and rows.
    var size: (width: Int, height: Int) { get }
    /// Whether the terminal shows colours (false for monochrome terminals and under `NO_COLOR`).
    var hasColor: Bool { get }
    /// Draws the buffer, changing only the cells that differ from the last one presented.
    func present(_ buffer: ScreenBuffer)
    /// Forgets what is on the screen, so the next `present` redraws every cell.
    func invalidate()
    /// Waits for the next event up to `timeout` milliseconds (nil waits for ever); nil when none came.
    func nextEvent(timeout milliseconds: Int?) -> InputEvent?
    /// Gives the terminal back as it was: leaves the full-screen mode and restores the modes.
    func restore()
}
