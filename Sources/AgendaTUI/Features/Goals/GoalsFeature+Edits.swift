import AgendaLocalization
import AgendaModel
import TerminalWidgets

extension GoalsFeature {
    /// The goals view's edits: new goals and sub-goals, and on the selected goal its status, progress,
    /// a note, a review, deleting and moving it; undo and redo. Nil for other actions.
    static func edit(_ action: Action, _ screen: inout AgendaScreen, _ state: inout ShellState) -> [Effect]? {
        if let effects = Editing.history(action, &screen, &state) { return effects }
        switch action {
        case .newGoal:
            askNewGoal(&screen, &state)
            return []
        case .newSubGoal, .setStatus, .progressUp, .progressDown, .addNote, .review, .delete, .move:
            guard let goal = selectedGoal(screen) else {
                state.message = state.strings[.messageSelectGoal]
                return []
            }
            return edit(action, goal, &screen, &state)
        default:
            return nil
        }
    }

    /// A new goal beside the selected one (same area and parent), or at the top of the selected area.
    private static func askNewGoal(_ screen: inout AgendaScreen, _ state: inout ShellState) {
        let strings = state.strings
        var area = screen.agenda.areas.first?.id
        var parent: String?
        switch screen.goals.selectedRow {
        case .area(let id, _, _)?: area = id
        case .goal(let index, _, _, _)?:
            area = screen.agenda.goals[index].area
            parent = screen.agenda.goals[index].parent
        case nil: break
        }
        guard let area else {
            state.message = strings[.messageNoArea]
            return
        }
        let areaName = screen.document.index.areaByID[area].map { Reading(screen.agenda, strings).name($0).text } ?? area
        let title = parent.map { strings.format(.promptNewSubGoal, $0) } ?? strings.format(.promptNewGoal, areaName)
        state.overlay = .prompt(PromptState(title: title, purpose: .goals(.newGoal(area: area, parent: parent))))
    }

    /// An edit of the selected goal.
    private static func edit(_ action: Action, _ goal: Goal, _ screen: inout AgendaScreen, _ state: inout ShellState) -> [Effect] {
        let strings = state.strings
        switch action {
        case .newSubGoal:
            state.overlay = .prompt(PromptState(title: strings.format(.promptNewSubGoal, goal.id),
                                                purpose: .goals(.newGoal(area: goal.area, parent: goal.id))))
        case .setStatus:
            let items = GoalStatus.known.map {
                MenuItem(label: Labels.symbol($0) + " " + Labels.status($0, strings), isCurrent: $0 == goal.status)
            }
            state.overlay = .menu(MenuState(title: strings.format(.menuStatusOf, goal.id), items: items,
                                            purpose: .goals(.status(goal: goal.id, GoalStatus.known))))
        case .progressUp, .progressDown:
            // To the next multiple of ten up or down: 45 goes to 50 or 40.
            let next = action == .progressUp ? (goal.progress / 10 + 1) * 10
                : goal.progress % 10 == 0 ? goal.progress - 10 : goal.progress / 10 * 10
            let value = min(100, max(0, next))
            guard value != goal.progress else { return [] }
            return Editing.commit([.setGoal(id: goal.id, .progress(value))], &screen, &state)
        case .addNote:
            state.overlay = .prompt(PromptState(title: strings.format(.promptNote, goal.id), purpose: .goals(.note(goal: goal.id)),
                                                hint: .note))
        case .review:
            screen.open(ReviewForm.make(goal, last: screen.agenda.latestReviews[goal.id], strings))
        case .delete:
            let family = screen.agenda.subtree(of: goal.id)
            var lines = [goal.id + " · " + goal.title]
            if family.count > 1 { lines.append(strings.format(.confirmSubGoals, family.count - 1)) }
            state.overlay = .confirm(ConfirmState(title: strings[.confirmDeleteTitle], lines: lines,
                                                  purpose: .goals(.delete(goal: goal.id))))
        case .move:
            state.overlay = .menu(moveMenu(goal, screen.agenda, strings))
        default:
            break
        }
        return []
    }

    /// Where a goal can move: each area, then every goal that is not the goal or one of its sub-goals.
    private static func moveMenu(_ goal: Goal, _ agenda: Agenda, _ strings: Strings) -> MenuState {
        let family = Set(agenda.subtree(of: goal.id))
        var places: [GoalPlace] = []
        var items: [MenuItem] = []
        let reading = Reading(agenda, strings)
        for area in agenda.areas {
            places.append(.area(area.id))
            items.append(MenuItem(label: "⌂ " + Reading.joined(reading.name(area)), isCurrent: goal.parent == nil && goal.area == area.id,
                                  keywords: Reading.searchWords(area)))
        }
        for other in agenda.goals where !family.contains(other.id) {
            places.append(.goal(other.id))
            items.append(MenuItem(label: reading.choiceLabel(other), isCurrent: goal.parent == other.id,
                                  keywords: Reading.searchWords(other)))
        }
        return MenuState(title: strings.format(.menuMoveTo, goal.id), items: items, purpose: .goals(.move(goal: goal.id, places)),
                         searchable: true)
    }
}
