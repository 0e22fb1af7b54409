import TerminalWidgets

/// The sessions view: the list of sessions and its selection.
public struct SessionsState: Equatable, Sendable {
    public var list = SelectableList()

    public init() {}
}
