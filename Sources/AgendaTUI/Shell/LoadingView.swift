import AgendaLocalization
import TerminalWidgets

/// The line shown while an agenda is being read.
enum LoadingView {
    static func draw(_ state: AppState, _ theme: Theme, _ buffer: inout ScreenBuffer, _ layout: ScreenLayout) {
        guard case .loading(let path) = state.screen else { return }
        buffer.write(state.strings.format(.loading, path), x: 1, y: layout.body.y + 1, style: theme.dim,
                     limit: state.size.width - 2)
    }
}
