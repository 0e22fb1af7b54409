import AgendaLocalization
import AgendaModel
import TerminalWidgets

/// The conflicts view: the conflicts a merge of two copies could not decide, each with both values, who
/// set them and when; choosing the value to keep is an edit like any other, saved and undoable.
public enum ConflictsFeature {
    /// The conflicts view's questions.
    public enum Purpose: Equatable, Sendable {
        /// The side of a conflict to keep.
        case side(MergeConflict)
    }

    /// Lines of the selected conflict's block below the list.
    static func detailHeight(_ layout: ScreenLayout) -> Int {
        let area = layout.hints.y - layout.list.y
        return area >= 12 ? 6 : area >= 8 ? 4 : 0
    }

    /// Rows of the list of conflicts, below its headings.
    static func listHeight(_ layout: ScreenLayout) -> Int {
        max(1, layout.hints.y - layout.list.y - 1 - detailHeight(layout))
    }

    /// Moving between open conflicts, and choosing the value to keep.
    static func update(_ action: Action?, _ key: Key, _ screen: inout AgendaScreen, _ state: inout ShellState) -> [Effect] {
        let conflicts = screen.agenda.conflicts
        if let movement = action?.listMovement {
            screen.conflicts.list.move(movement, count: conflicts.count, page: listHeight(state.layout))
            return []
        }
        if let effects = Editing.history(action, &screen, &state) { return effects }
        guard action == .chooseSide, conflicts.indices.contains(screen.conflicts.list.selection) else { return [] }
        let conflict = conflicts[screen.conflicts.list.selection]
        let held = screen.agenda.heldValue(for: conflict)
        let items = conflict.sides.map { side in
            MenuItem(label: ConflictWords.side(side, conflict, held: held, state), isCurrent: side.value == held)
        }
        let title = state.strings.format(.menuConflictChoose, ConflictWords.subject(conflict, screen.agenda, state.strings))
        state.overlay = .menu(MenuState(title: title, items: items, purpose: .conflicts(.side(conflict))))
        return []
    }

    /// Settles a conflict with one of its sides: an edit like any other, saved at once and undoable.
    static func settle(_ conflict: MergeConflict, side: Int, _ screen: inout AgendaScreen, _ state: inout ShellState) -> [Effect] {
        guard conflict.sides.indices.contains(side) else { return [] }
        let words = ConflictWords.subject(conflict, screen.agenda, state.strings) + " = "
            + ConflictWords.value(conflict.sides[side].value, conflict, state.strings)
        let label = state.strings.format(.messageConflictSettled, words)
        guard let effects = Editing.apply([.resolveConflict(conflict, side: side)], &screen, &state, label: label) else { return [] }
        state.message = label
        let count = screen.agenda.conflicts.count
        screen.conflicts.list.clamp(count: count)
        screen.conflicts.list.reveal(height: listHeight(state.layout), count: count)
        return effects
    }
}

extension ConflictsFeature.Purpose: FeaturePurpose {
    func answer(_ answer: Answer, _ screen: inout AgendaScreen, _ state: inout ShellState) -> [Effect]? {
        guard case .side(let conflict) = self, case .chosen(let side) = answer else { return [] }
        return ConflictsFeature.settle(conflict, side: side, &screen, &state)
    }
}
