import AgendaLocalization

/// Quitting: at once when everything is on disk; after the save that is running; or, with edits that
/// could not be saved, only once the user says so.
enum Quitting {
    static func quit(_ state: inout AppState) -> [Effect] {
        if let editing = state.agenda?.editing {
            if editing.saving != nil {
                state.shell.quitWhenSaved = true
                state.message = state.strings[.messageQuitAfterSave]
                return []
            }
            if !editing.unsaved.isEmpty {
                state.overlay = .confirm(ConfirmState(
                    title: state.strings[.confirmQuitTitle],
                    lines: [state.strings.format(.confirmQuitLine, editing.unsaved.count, editing.saveProblem ?? "")],
                    purpose: .shell(.quitUnsaved)))
                return []
            }
        }
        state.shell.isQuitting = true
        return [.quit]
    }
}
