import TerminalWidgets

/// The conflicts view: which open conflict is selected, and how far the list is scrolled.
public struct ConflictsState: Equatable, Sendable {
    public var list = SelectableList()

    public init() {}
}
