import AgendaLocalization
import AgendaModel

extension Editing {
    /// Undoes the last edit made here (as a new edit, saved like any other).
    static func undo(_ screen: inout AgendaScreen, _ state: inout ShellState) -> [Effect] {
        guard let entry = screen.editing.undo.popLast() else {
            state.message = state.strings[.messageNothingToUndo]
            return []
        }
        guard let effects = apply(entry.undo, &screen, &state, recordUndo: false, label: entry.label) else {
            screen.editing.undo.append(entry)
            return []
        }
        screen.editing.redo.append(entry)
        state.message = entry.sentences?.undone ?? state.strings.format(.messageUndid, entry.label)
        return effects
    }

    /// Does again the last undone edit.
    static func redo(_ screen: inout AgendaScreen, _ state: inout ShellState) -> [Effect] {
        guard let entry = screen.editing.redo.popLast() else {
            state.message = state.strings[.messageNothingToRedo]
            return []
        }
        // Redoing against the agenda as it is now gives fresh undo edits.
        var agenda = screen.agenda
        guard let undo = try? agenda.apply(entry.redo, by: state.who, at: state.now) else {
            state.message = state.strings.format(.messageRefused, entry.label)
            return []
        }
        guard let effects = apply(entry.redo, &screen, &state, recordUndo: false, label: entry.label) else { return [] }
        screen.editing.undo.append(UndoEntry(label: entry.label, undo: undo, redo: entry.redo, sentences: entry.sentences))
        state.message = entry.sentences?.redone ?? state.strings.format(.messageRedid, entry.label)
        return effects
    }

    /// Undo or redo, for the views whose key tables take them; nil for other actions.
    static func history(_ action: Action?, _ screen: inout AgendaScreen, _ state: inout ShellState) -> [Effect]? {
        switch action {
        case .undo: undo(&screen, &state)
        case .redo: redo(&screen, &state)
        default: nil
        }
    }
}
