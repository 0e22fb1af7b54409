import TerminalWidgets

/// The people view: the selection and scrolling of the roster and of the detail pane.
public struct PeopleState: Equatable, Sendable {
    public var list = SelectableList()
    public var detailScroll = 0

    public init() {}

    /// The selected person's position in the roster.
    public var selection: Int {
        get { list.selection }
        set { list.selection = newValue }
    }
}
