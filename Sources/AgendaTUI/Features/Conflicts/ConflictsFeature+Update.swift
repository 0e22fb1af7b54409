import AgendaLocalization
import AgendaModel
import TerminalWidgets

extension Reducer {
    /// The conflicts view: moving between open conflicts, and choosing the value to keep.
    static func handleConflicts(_ action: Action?, _ screen: inout AgendaScreen, _ state: inout AppState) -> [Effect] {
        let conflicts = screen.document.agenda.conflicts
        let height = ConflictsView.listHeight(ScreenLayout(size: state.size))
        if move(&screen.conflicts.selection, action, count: conflicts.count, page: height) {
            screen.conflicts.viewport.reveal(screen.conflicts.selection, height: height, count: conflicts.count)
            return []
        }
        switch action {
        case .chooseSide:
            guard conflicts.indices.contains(screen.conflicts.selection) else { return [] }
            let conflict = conflicts[screen.conflicts.selection]
            let held = screen.document.agenda.heldValue(for: conflict)
            let items = conflict.sides.enumerated().map { index, side in
                MenuItem(label: ConflictWords.side(side, conflict, held: held, state), value: String(index),
                         isCurrent: side.value == held)
            }
            let title = state.strings.format(.menuConflictChoose, ConflictWords.subject(conflict, screen.document.agenda, state.strings))
            state.overlay = .menu(MenuState(title: title, items: items, purpose: .conflictSide(conflict)))
        case .undo:
            return undo(&screen, &state)
        case .redo:
            return redo(&screen, &state)
        default:
            break
        }
        return []
    }

    /// Settles a conflict with one of its sides: an edit like any other, saved at once and undoable.
    static func settle(_ conflict: MergeConflict, side: Int, _ screen: inout AgendaScreen, _ state: inout AppState) -> [Effect] {
        guard conflict.sides.indices.contains(side) else { return [] }
        let words = ConflictWords.subject(conflict, screen.document.agenda, state.strings) + " = "
            + ConflictWords.value(conflict.sides[side].value, conflict, state.strings)
        let label = state.strings.format(.messageConflictSettled, words)
        guard let effects = apply([.resolveConflict(conflict, side: side)], &screen, &state, label: label) else { return [] }
        state.message = label
        let count = screen.document.agenda.conflicts.count
        screen.conflicts.selection = min(screen.conflicts.selection, max(0, count - 1))
        screen.conflicts.viewport.reveal(
            screen.conflicts.selection, height: ConflictsView.listHeight(ScreenLayout(size: state.size)), count: count)
        return effects
    }
}
