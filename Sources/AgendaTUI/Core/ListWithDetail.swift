import TerminalWidgets

/// A list with a detail pane beside or below it, as the organizations and people views show them:
/// the selection and scrolling of the list, and the scrolling of the pane.
public struct ListWithDetail: Equatable, Sendable {
    public var list = SelectableList()
    public var detailScroll = 0

    public init() {}

    /// The selected row's position.
    public var selection: Int {
        get { list.selection }
        set { list.selection = newValue }
    }

    /// Scrolls the detail pane a line (`J` and `K`) when the layout shows one; false for any other
    /// action, which the view then handles.
    mutating func scrollDetail(_ action: Action, _ state: ShellState) -> Bool {
        guard state.layout.detail != nil else { return false }
        switch action {
        case .detailDown: detailScroll = min(detailScroll + 1, state.scrollLimit(.detailPane) ?? .max)
        case .detailUp: detailScroll = max(0, detailScroll - 1)
        default: return false
        }
        return true
    }
}
