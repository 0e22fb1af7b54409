import AgendaLocalization
import AgendaModel
import TerminalWidgets

extension Reducer {
    /// The goals view's direct edits on the selected goal: new goals, status, progress, notes, delete,
    /// move, undo and redo.
    static func handleGoalEdit(_ action: Action, _ screen: inout AgendaScreen, _ state: inout AppState) -> [Effect] {
        let strings = state.strings
        let goal = selectedGoal(screen)
        switch action {
        case .undo:
            return undo(&screen, &state)
        case .redo:
            return redo(&screen, &state)
        case .newGoal:
            // A new goal beside the selected one (same area and parent), or at the top of the selected area.
            var area = screen.document.agenda.areas.first?.id
            var parent: String?
            switch screen.goals.selectedRow {
            case .area(let id, _, _)?: area = id
            case .goal(let index, _, _, _)?:
                area = screen.document.agenda.goals[index].area
                parent = screen.document.agenda.goals[index].parent
            case nil: break
            }
            guard let area else {
                state.message = strings[.messageNoArea]
                return []
            }
            let areaName = screen.document.index.areaByID[area]?.name ?? area
            let title = parent.map { strings.format(.promptNewSubGoal, $0) } ?? strings.format(.promptNewGoal, areaName)
            state.overlay = .prompt(PromptState(title: title, purpose: .newGoal(area: area, parent: parent)))
        case .newSubGoal:
            guard let goal else {
                state.message = strings[.messageSelectGoal]
                return []
            }
            state.overlay = .prompt(PromptState(title: strings.format(.promptNewSubGoal, goal.id),
                                                purpose: .newGoal(area: goal.area, parent: goal.id)))
        default:
            guard let goal else {
                state.message = strings[.messageSelectGoal]
                return []
            }
            switch action {
            case .setStatus:
                let items = GoalStatus.known.map {
                    MenuItem(label: Labels.symbol($0) + " " + Labels.status($0, strings), value: $0.rawValue,
                             isCurrent: $0 == goal.status)
                }
                state.overlay = .menu(MenuState(title: strings.format(.menuStatusOf, goal.id), items: items,
                                                purpose: .status(goal: goal.id)))
            case .progressUp, .progressDown:
                // To the next multiple of ten up or down: 45 goes to 50 or 40.
                let next = action == .progressUp ? (goal.progress / 10 + 1) * 10
                    : goal.progress % 10 == 0 ? goal.progress - 10 : goal.progress / 10 * 10
                let value = min(100, max(0, next))
                guard value != goal.progress else { return [] }
                return commit([.setGoal(id: goal.id, .progress(value))], &screen, &state)
            case .addNote:
                state.overlay = .prompt(PromptState(title: strings.format(.promptNote, goal.id), purpose: .note(goal: goal.id)))
            case .review:
                screen.form = ReviewForm.make(goal, last: screen.document.agenda.latestReviews[goal.id], strings)
            case .delete:
                let family = screen.document.agenda.subtree(of: goal.id)
                var lines = [goal.id + " · " + goal.title]
                if family.count > 1 { lines.append(strings.format(.confirmSubGoals, family.count - 1)) }
                state.overlay = .confirm(ConfirmState(title: strings[.confirmDeleteTitle], lines: lines,
                                                      purpose: .deleteGoal(id: goal.id)))
            case .move:
                let agenda = screen.document.agenda
                let family = Set(agenda.subtree(of: goal.id))
                var items = agenda.areas.map {
                    MenuItem(label: "⌂ " + $0.name, value: "area:" + $0.id, isCurrent: goal.parent == nil && goal.area == $0.id)
                }
                items += agenda.goals.filter { !family.contains($0.id) }.map {
                    MenuItem(label: $0.id + "  " + $0.title, value: "goal:" + $0.id, isCurrent: goal.parent == $0.id)
                }
                state.overlay = .menu(MenuState(title: strings.format(.menuMoveTo, goal.id), items: items,
                                                purpose: .move(goal: goal.id), searchable: true))
            default:
                break
            }
        }
        return []
    }

    /// Keys of the organizations view that edit: add, edit, remove.
    static func handleOrganizationEdit(_ action: Action, _ screen: inout AgendaScreen, _ state: inout AppState) -> [Effect] {
        let agenda = screen.document.agenda
        let selected = agenda.organizations.indices.contains(screen.organizations.selection)
            ? agenda.organizations[screen.organizations.selection] : nil
        switch action {
        case .newOrganization:
            screen.form = OrganizationForm.make(nil, state.strings)
        case .edit:
            if let selected { screen.form = OrganizationForm.make(selected, state.strings) }
        case .delete:
            guard let selected else { break }
            let linked = (screen.document.index.goalsOfOrganization[selected.id] ?? []).map { agenda.goals[$0].id }
            var lines = [selected.name]
            if !linked.isEmpty {
                lines.append(state.strings.format(.confirmLinkedGoals, linked.count,
                                                  linked.prefix(6).joined(separator: ", ") + (linked.count > 6 ? ", …" : "")))
            }
            state.overlay = .confirm(ConfirmState(title: state.strings[.confirmRemoveOrganizationTitle], lines: lines,
                                                  purpose: .removeOrganization(id: selected.id)))
        case .undo:
            return undo(&screen, &state)
        case .redo:
            return redo(&screen, &state)
        default:
            break
        }
        return []
    }
}
