import AgendaLocalization
import AgendaModel
import TerminalWidgets

/// The sessions view: the list of sessions and its selection.
public struct SessionsViewState: Equatable, Sendable {
    public var selection = 0
    public var viewport = ListViewport()

    public init() {}
}

/// A session's run-of-show being planned: which item is selected.
public struct SessionPlanState: Equatable, Sendable {
    public var session: String
    public var selection = 0
    public var viewport = ListViewport()

    public init(session: String) {
        self.session = session
    }
}

/// A session being run live: which session, and whether the presenter screen is up.
public struct LiveState: Equatable, Sendable {
    public var session: String
    /// The large-digit screen for a projector.
    public var presenter = false

    public init(session: String) {
        self.session = session
    }
}
