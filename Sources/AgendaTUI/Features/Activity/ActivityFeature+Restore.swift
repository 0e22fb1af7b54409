import AgendaLocalization
import AgendaModel
import Foundation

extension ActivityFeature {
    /// Asks whether to bring back a deleted goal with its sub-goals; says so when it is back already.
    static func offerRestore(_ deletion: Deletion, _ screen: AgendaScreen, _ state: inout ShellState) {
        let strings = state.strings
        guard screen.agenda.goal(deletion.goal) == nil else {
            state.message = strings.format(.messageAlreadyBack, deletion.goal)
            return
        }
        let day = DateText.day(Day(deletion.time.addingTimeInterval(Double(state.utcOffset))), strings.language)
        var lines = [strings.format(.confirmRestoreLine, deletion.goal, deletion.title, deletion.by, day)]
        if deletion.goals.count > 1 { lines.append(strings.format(.confirmRestoreSubGoals, deletion.goals.count - 1)) }
        state.overlay = .confirm(ConfirmState(title: strings[.confirmRestoreTitle], lines: lines,
                                              purpose: .activity(.restore(goal: deletion.goal, deletedAt: deletion.time))))
    }

    /// Brings the goal back with its sub-goals, as an edit that can be undone.
    static func restore(_ goal: String, deletedAt: Date, _ screen: inout AgendaScreen, _ state: inout ShellState) -> [Effect] {
        let title = screen.agenda.deletions.first { $0.goal == goal && $0.time == deletedAt }?.title ?? ""
        return Editing.commit([.restoreGoal(id: goal, deletedAt: deletedAt)], &screen, &state,
                              label: state.strings.format(.labelRestored, goal, title))
    }
}
