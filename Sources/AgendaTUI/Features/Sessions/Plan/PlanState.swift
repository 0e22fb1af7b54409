import TerminalWidgets

/// A session's run-of-show being planned: which session, and which item is selected.
public struct PlanState: Equatable, Sendable {
    public var session: String
    public var list = SelectableList()

    public init(session: String) {
        self.session = session
    }

    /// The selected item's position in the run-of-show.
    public var selection: Int {
        get { list.selection }
        set { list.selection = newValue }
    }
}
