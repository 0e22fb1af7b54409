import TerminalWidgets

/// Draws the open overlay over the screen.
enum OverlayView {
    static func draw(_ overlay: Overlay, _ state: ShellState, _ theme: Theme, _ buffer: inout ScreenBuffer) {
        switch overlay {
        case .help(let context, let scroll): HelpView.draw(context, scroll: scroll, state, theme, &buffer)
        case .menu(let menu): MenuView.draw(menu, state, theme, &buffer)
        case .prompt(let prompt): PromptView.draw(prompt, state, theme, &buffer)
        case .confirm(let confirm): ConfirmView.draw(confirm, state, theme, &buffer)
        case .overwritten(let changes): OverwrittenView.draw(changes, state, theme, &buffer)
        }
    }
}
