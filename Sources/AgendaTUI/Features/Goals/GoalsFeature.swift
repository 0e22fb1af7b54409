import AgendaModel

/// The goals view: the agenda's goals by area as an outline, folded and unfolded, searched, filtered
/// and sorted, with the selected goal's detail beside or below; and the edits made on the selected goal.
public enum GoalsFeature {
    /// The goals view's questions: its menus, prompts, confirmations and forms.
    public enum Purpose: Equatable, Sendable {
        /// The filter menu's first level: which criterion to set.
        case filterFields
        /// The values of one criterion, in the order offered (nil: any).
        case filterValues(FilterField, [FilterValue?])
        /// The sort orders, in the order offered.
        case sort([GoalSort])
        /// The day since which the goals shown have had no review.
        case notReviewedSince
        /// A goal's new status, from the statuses offered.
        case status(goal: String, [GoalStatus])
        /// Where to move a goal, from the places offered.
        case move(goal: String, [GoalPlace])
        /// A new goal's title, in an area, under a parent when given.
        case newGoal(area: String, parent: String?)
        /// A note on a goal.
        case note(goal: String)
        /// Deleting a goal (with its sub-goals).
        case delete(goal: String)
        /// The goal editor.
        case edit(goal: String)
        /// A review mark on a goal.
        case review(goal: String)
    }
}
