import AgendaLocalization
import TerminalWidgets

/// The organizations view: the selection and scrolling of the list and of the detail pane.
public struct OrganizationsViewState: Equatable, Sendable {
    public var selection = 0
    public var viewport = ListViewport()
    public var detailScroll = 0

    public init() {}
}
