import AgendaLocalization
import TerminalWidgets
import TextWidth

/// What a terminal too small to draw on shows: that it is too small, how large it must be, and how to quit.
enum TooSmallView {
    static func draw(_ state: ShellState, _ theme: Theme, _ buffer: inout ScreenBuffer) {
        let lines = [
            state.strings[.terminalTooSmall],
            state.strings.format(.terminalTooSmallNeeds, Size.minimum.width, Size.minimum.height, state.size.width,
                                 state.size.height),
            "q: " + state.strings[.hintQuit],
        ]
        let top = max(0, (state.size.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            let width = DisplayWidth.of(line)
            buffer.write(line, x: max(0, (state.size.width - width) / 2), y: top + offset,
                         style: offset == 0 ? theme.bold : theme.plain)
        }
    }
}
