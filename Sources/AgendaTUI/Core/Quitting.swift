import AgendaLocalization

/// Quitting: at once when everything is on disk; after the save that is running; or, with edits that
/// could not be saved, or a form or a question with something typed in it, only once the user says so
/// (`y`, or `Ctrl-C` again).
enum Quitting {
    static func quit(_ state: inout AppState) -> [Effect] {
        if case .confirm(let confirm)? = state.overlay, confirm.purpose.isAboutQuitting {
            // Ctrl-C on the question whether to quit: the answer is yes.
            state.overlay = nil
            if confirm.purpose == .shell(.quitDiscarding) { return quitTyped(state.agenda?.editing, &state.shell) }
            state.shell.isQuitting = true
            return [.quit]
        }
        if let typed = typing(state) {
            state.overlay = .confirm(ConfirmState(title: state.strings[.confirmQuitTypedTitle],
                                                  lines: [state.strings.format(.confirmQuitTypedLine, typed)],
                                                  purpose: .shell(.quitDiscarding)))
            return []
        }
        return quitTyped(state.agenda?.editing, &state.shell)
    }

    /// Quits once what was typed may go: at once when every edit is on disk, after the save that is
    /// running, or after asking when edits could not be saved.
    static func quitTyped(_ editing: EditingState?, _ state: inout ShellState) -> [Effect] {
        if let editing {
            if editing.saving != nil {
                state.quitWhenSaved = true
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
        state.isQuitting = true
        return [.quit]
    }

    /// What is typed and would be lost: the title of a form changed since it opened, or of a question
    /// with an answer typed; nil when nothing is.
    private static func typing(_ state: AppState) -> String? {
        if case .prompt(let prompt)? = state.overlay, !prompt.text.text.trimmingWhitespace.isEmpty { return prompt.title }
        if let form = state.agenda?.form, form.isDirty { return form.title }
        return nil
    }
}
