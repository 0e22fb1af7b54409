import AgendaModel
import TerminalWidgets

/// The activity view: the filter of the changes, the selection and scrolling.
public struct ActivityState: Equatable, Sendable {
    public var filter = Activity.Filter()
    public var list = SelectableList()

    public init() {}
}
