import AgendaModel
import TerminalWidgets

/// The dashboard view: which figure line is selected, and how far it is scrolled.
public struct DashboardViewState: Equatable, Sendable {
    /// The selected line, among those that lead to goals.
    public var selection = 0
    public var scroll = 0

    public init() {}
}

/// The activity view: the filter of the changes, the selection and scrolling.
public struct ActivityViewState: Equatable, Sendable {
    public var filter = Activity.Filter()
    public var selection = 0
    public var viewport = ListViewport()

    public init() {}
}
