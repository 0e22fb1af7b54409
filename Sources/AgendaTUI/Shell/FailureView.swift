import AgendaLocalization
import AgendaStore
import TerminalWidgets

/// An agenda that could not be opened: each problem at its line and column, and what to do; Escape goes
/// back to the picker it was chosen in.
enum FailureView {
    static func update(_ action: Action?, _ key: Key, _ state: inout AppState) -> [Effect] {
        if action == .back, case .failed(_, let previous?) = state.screen {
            state.screen = .picker(previous)
        }
        return []
    }

    static func draw(_ state: AppState, _ theme: Theme, _ buffer: inout ScreenBuffer, _ layout: ScreenLayout) {
        guard case .failed(let error, _) = state.screen else { return }
        var builder = DetailBuilder(width: layout.body.width - 2, theme: theme)
        builder.line([Span(state.strings[.loadErrorTitle], theme.error)])
        builder.blank()
        for line in error.lines { builder.paragraph(line) }
        builder.blank()
        let missing = error.items.contains { $0.message.contains("No such file") }
        builder.paragraph(missing ? state.strings.format(.loadErrorMissingHint, error.file) : state.strings[.loadErrorHint],
                          style: theme.dim)
        let area = Rect(x: layout.body.x + 1, y: layout.body.y + 1, width: layout.body.width - 2, height: layout.body.height - 1)
        buffer.draw(builder.lines, in: area, scroll: 0)
    }
}
