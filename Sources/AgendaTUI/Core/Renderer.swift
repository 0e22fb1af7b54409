import AgendaLocalization
import AgendaModel
import AgendaStore
import TerminalWidgets
import TextWidth

/// Draws the whole interface for a state: `render(state) -> ScreenBuffer`, with no side effect.
///
/// The title bar, the screen's body (drawn by the route of what has the keyboard under any overlay),
/// the key-hint bar, then the overlay.
public enum Renderer {
    public static func render(_ state: AppState) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: state.size.width, height: state.size.height)
        let theme = Theme(hasColor: state.hasColor)
        guard state.size.isUsable else {
            TooSmallView.draw(state.shell, theme, &buffer)
            return buffer
        }
        let layout = state.shell.layout
        HeaderView.draw(state, theme, &buffer, layout)
        Routing.route(Routing.screenContext(state)).draw(state, theme, &buffer, layout)
        HintsView.draw(state, theme, &buffer, layout)
        if let overlay = state.overlay { OverlayView.draw(overlay, state.shell, theme, &buffer) }
        return buffer
    }

    /// The key hints of a context, from its key table, in its order.
    static func hints(for context: KeyContext, _ strings: Strings) -> [KeyHint] {
        HintsView.hints(for: context, strings)
    }

    /// How far each scrolled region of a drawn frame could scroll, as its views noted it.
    public static func scrollLimits(of buffer: ScreenBuffer) -> [ScrollRegion: Int] {
        var limits: [ScrollRegion: Int] = [:]
        for (name, limit) in buffer.scrollLimits {
            if let region = ScrollRegion(rawValue: name) { limits[region] = limit }
        }
        return limits
    }
}
