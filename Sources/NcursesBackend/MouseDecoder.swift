import CNcurses
import TerminalWidgets

/// The `mmask_t` bits of the mouse actions the backend asks ncurses for.
struct MouseMasks: Equatable, Sendable {
    var button1Pressed: UInt32
    var button1Released: UInt32
    var wheelUp: UInt32
    var wheelDown: UInt32

    /// The bits of this ncurses build (`BUTTON1_PRESSED` and so on, through the shim).
    static let ncurses = MouseMasks(
        button1Pressed: UInt32(agenda_button1_pressed()),
        button1Released: UInt32(agenda_button1_released()),
        wheelUp: UInt32(agenda_button4_pressed()),
        wheelDown: UInt32(agenda_button5_pressed())
    )

    /// All of them, for `mousemask`.
    var all: UInt32 { button1Pressed | button1Released | wheelUp | wheelDown }
}

/// Maps the button state of an ncurses mouse event to an action: a pure function.
enum MouseDecoder {
    /// The action in `state`, or nil for one the program does not handle.
    static func action(for state: UInt32, masks: MouseMasks = .ncurses) -> MouseEvent.Action? {
        if state & masks.wheelUp != 0 { return .scrollUp }
        if state & masks.wheelDown != 0 { return .scrollDown }
        if state & masks.button1Pressed != 0 { return .press(button: 1) }
        if state & masks.button1Released != 0 { return .release }
        return nil
    }
}
