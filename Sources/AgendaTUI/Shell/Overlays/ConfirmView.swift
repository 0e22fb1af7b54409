import AgendaLocalization
import TerminalWidgets
import TextWidth

/// A yes-or-no question in a box over the screen.
enum ConfirmView {
    static func draw(_ confirm: ConfirmState, _ state: ShellState, _ theme: Theme, _ buffer: inout ScreenBuffer) {
        let width = min(state.size.width - 2, max(40, (confirm.lines + [confirm.title]).map { DisplayWidth.of($0) }.max() ?? 40) + 4)
        var wrapped: [String] = []
        for line in confirm.lines { wrapped += TextWrap.wrap(line, width: max(4, width - 4)) }
        let area = buffer.bounds.centered(width: width, height: wrapped.count + 4)
        let inner = Box.draw(area, title: confirm.title, into: &buffer, style: theme.frame)
        for (offset, line) in wrapped.prefix(max(0, inner.height - 1)).enumerated() {
            buffer.write(line, x: inner.x + 1, y: inner.y + offset, style: offset == 0 ? theme.bold : .plain, limit: inner.width - 2)
        }
        buffer.write(state.strings[.confirmHint], x: inner.x + 1, y: inner.maxY - 1, style: theme.dim, limit: inner.width - 2)
    }
}
