import TerminalWidgets

/// The picker of the agendas in a folder.
public struct PickerState: Equatable, Sendable {
    public var folder: String
    public var entries: [PickerEntry]
    public var list = SelectableList()

    public init(folder: String, entries: [PickerEntry]) {
        self.folder = folder
        self.entries = entries
    }

    /// The selected entry's position.
    public var selection: Int {
        get { list.selection }
        set { list.selection = newValue }
    }
}
