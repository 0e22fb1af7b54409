import AgendaLocalization
import TerminalWidgets

/// A place of the interface that takes keys: its key table, the update that answers them, and the view
/// that draws the screen while it has the keyboard (none for an overlay, drawn over the screen).
struct Route {
    /// The key table: dispatch, the key-hint bar and help all read it.
    let keys: [KeyBinding]
    /// Answers a key (its action in `keys`, if any).
    let update: (Action?, Key, inout AppState) -> [Effect]
    /// Draws the body of the screen, between the title bar and the key-hint bar.
    let draw: (AppState, Theme, inout ScreenBuffer, ScreenLayout) -> Void

    init(keys: [KeyBinding], update: @escaping (Action?, Key, inout AppState) -> [Effect],
         draw: @escaping (AppState, Theme, inout ScreenBuffer, ScreenLayout) -> Void = { _, _, _, _ in }) {
        self.keys = keys
        self.update = update
        self.draw = draw
    }

    /// The signature of a feature's update: the open agenda and the shell around it, changed in place.
    typealias AgendaUpdate = (Action?, Key, inout AgendaScreen, inout ShellState) -> [Effect]
    /// The signature of a feature's view.
    typealias AgendaDraw = (AgendaScreen, ShellState, Theme, inout ScreenBuffer, ScreenLayout) -> Void

    /// A place of the open agenda: its update and view get the agenda and the shell.
    static func agenda(keys: [KeyBinding], update: @escaping AgendaUpdate, draw: @escaping AgendaDraw) -> Route {
        Route(keys: keys, update: { action, key, state in
            guard state.agenda != nil else { return [] }
            return update(action, key, &state.agenda!, &state.shell)
        }, draw: { state, theme, buffer, layout in
            if let screen = state.agenda { draw(screen, state.shell, theme, &buffer, layout) }
        })
    }

    /// One of the views switched with Tab: the keys that switch views and open the picker are answered
    /// here, the same for every view; the rest by the view's own update.
    static func view(keys: [KeyBinding], update: @escaping AgendaUpdate, draw: @escaping AgendaDraw) -> Route {
        agenda(keys: keys, update: { action, key, screen, shell in
            if let action, let effects = ViewSwitch.handle(action, &screen) { return effects }
            return update(action, key, &screen, &shell)
        }, draw: draw)
    }
}
