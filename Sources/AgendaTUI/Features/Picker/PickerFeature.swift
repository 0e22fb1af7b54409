import AgendaLocalization
import TerminalWidgets

/// The picker of the agendas in a folder: title, goals and last change of each; Enter opens one,
/// Escape goes back to the agenda that was open.
enum PickerFeature {
    static func update(_ action: Action?, _ key: Key, _ state: inout AppState) -> [Effect] {
        guard case .picker(var picker) = state.screen else { return [] }
        if let movement = action?.listMovement {
            picker.list.move(movement, count: picker.entries.count, page: state.shell.layout.listBody.height)
            state.screen = .picker(picker)
            return []
        }
        switch action {
        case .open:
            guard picker.entries.indices.contains(picker.selection) else { return [] }
            let path = picker.entries[picker.selection].path
            if state.agenda?.document.path == path {
                state.screen = .agenda
                return []
            }
            return [.load(path: path)]
        case .back:
            if state.agenda != nil { state.screen = .agenda }
            return []
        default:
            return []
        }
    }

    /// A folder's agendas were listed: the picker shows them, with the open agenda selected.
    static func listed(_ folder: String, _ entries: [PickerEntry], _ state: inout AppState) {
        var picker = PickerState(folder: folder, entries: entries)
        if let current = state.agenda?.document.path, let index = entries.firstIndex(where: { $0.path == current }) {
            picker.selection = index
        }
        picker.list.reveal(height: state.shell.layout.listBody.height, count: entries.count)
        state.screen = .picker(picker)
    }
}
