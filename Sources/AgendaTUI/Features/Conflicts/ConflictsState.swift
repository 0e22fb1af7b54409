import TerminalWidgets

/// The conflicts view: which open conflict is selected, and how far the list is scrolled.
public struct ConflictsViewState: Equatable, Sendable {
    public var selection = 0
    public var viewport = ListViewport()

    public init() {}
}
