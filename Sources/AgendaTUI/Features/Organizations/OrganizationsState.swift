import AgendaLocalization
import TerminalWidgets

/// The organizations view: the selection and scrolling of the list and of the detail pane.
public struct OrganizationsState: Equatable, Sendable {
    public var list = SelectableList()
    public var detailScroll = 0

    public init() {}

    /// The selected organization's position.
    public var selection: Int {
        get { list.selection }
        set { list.selection = newValue }
    }
}
