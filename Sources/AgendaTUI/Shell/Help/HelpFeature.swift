import TerminalWidgets

/// The keys of the help overlay: scrolling, and closing.
enum HelpFeature {
    static func update(_ action: Action?, _ key: Key, _ state: inout AppState) -> [Effect] {
        guard case .help(let context, let scroll) = state.overlay else { return [] }
        let layout = state.shell.layout
        let last = HelpContent.maxScroll(context, state.strings, layout)
        let page = max(1, layout.helpArea.height - 4)
        switch action {
        case .moveUp: state.overlay = .help(context, scroll: max(0, scroll - 1))
        case .moveDown: state.overlay = .help(context, scroll: min(last, scroll + 1))
        case .pageUp: state.overlay = .help(context, scroll: max(0, scroll - page))
        case .pageDown: state.overlay = .help(context, scroll: min(last, scroll + page))
        case .top: state.overlay = .help(context, scroll: 0)
        case .bottom: state.overlay = .help(context, scroll: last)
        case .back: state.overlay = nil
        default: break
        }
        return []
    }
}
