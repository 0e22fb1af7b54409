import AgendaLocalization
import AgendaModel
import TerminalWidgets

/// A session's plan: its run-of-show (goals and free topics, each with a timebox and who presents it),
/// and who attends.
public enum PlanFeature {
    /// The plan's questions.
    public enum Purpose: Equatable, Sendable {
        /// A goal to add to the run-of-show, from the goals offered (by id).
        case goalItem(session: String, goals: [String])
        /// A free topic for the run-of-show.
        case topic(session: String)
        /// Who presents an item; empty clears it.
        case presenter(session: String, item: String)
    }

    static func update(_ action: Action?, _ key: Key, _ screen: inout AgendaScreen, _ state: inout ShellState) -> [Effect] {
        guard case .plan(var plan) = screen.mode, let session = screen.agenda.session(plan.session) else {
            screen.mode = .browsing
            return []
        }
        let effects = update(action, session, &plan, &screen, &state)
        if case .plan = screen.mode { screen.mode = .plan(plan) }
        return effects
    }

    private static func update(_ action: Action?, _ session: Session, _ plan: inout PlanState, _ screen: inout AgendaScreen,
                               _ state: inout ShellState) -> [Effect] {
        if let movement = action?.listMovement {
            plan.list.move(movement, count: session.items.count, page: state.layout.planPage)
            return []
        }
        if let effects = Editing.history(action, &screen, &state) { return effects }
        let item = session.items.indices.contains(plan.selection) ? session.items[plan.selection] : nil
        switch action {
        case .back:
            screen.mode = .browsing
        case .goLive:
            screen.mode = .live(LiveState(session: session.id))
        case .edit:
            screen.open(SessionForm.details(session, state.strings))
        case .addGoalItem:
            state.overlay = .menu(goalItemMenu(session, screen.agenda, state.strings))
        case .addTopicItem:
            state.overlay = .prompt(PromptState(title: state.strings[.promptTopic], purpose: .plan(.topic(session: session.id))))
        case .attendance:
            AttendanceFeature.open(session, screen.agenda, &state)
        case .setPresenter:
            if let item { askPresenter(item, session: session.id, screen.agenda, &state) }
        default:
            if let item { return edit(action, item, session, &plan, &screen, &state) }
        }
        return []
    }

    /// The edits of the selected item: its timebox, its place in the run-of-show, removing it.
    private static func edit(_ action: Action?, _ item: SessionItem, _ session: Session, _ plan: inout PlanState,
                             _ screen: inout AgendaScreen, _ state: inout ShellState) -> [Effect] {
        func change(_ change: SessionChange) -> [Effect] {
            Editing.commit([.changeSession(id: session.id, change)], &screen, &state)
        }
        switch action {
        case .longerTimebox, .shorterTimebox:
            let minutes = action == .longerTimebox ? item.minutes + 5 : max(1, item.minutes - 5)
            return change(.setTimebox(item: item.id, minutes: minutes))
        case .moveItemUp, .moveItemDown:
            let target = plan.selection + (action == .moveItemUp ? -1 : 1)
            guard session.items.indices.contains(target) else { return [] }
            plan.selection = target
            return change(.moveItem(item: item.id, to: target))
        case .delete:
            let effects = change(.removeItem(item: item.id))
            plan.selection = min(plan.selection, max(0, session.items.count - 2))
            return effects
        default:
            return []
        }
    }

    /// The goals that can be added to the run-of-show, in the outline's order.
    private static func goalItemMenu(_ session: Session, _ agenda: Agenda, _ strings: Strings) -> MenuState {
        let goals = GoalOutline.rows(of: agenda).map { agenda.goals[$0.index] }
        let reading = Reading(agenda, strings)
        let items = goals.map { MenuItem(label: reading.choiceLabel($0), keywords: Reading.searchWords($0)) }
        return MenuState(title: strings[.menuAddGoalItem], items: items,
                         purpose: .plan(.goalItem(session: session.id, goals: goals.map(\.id))), searchable: true)
    }

    /// Asks who presents a session's item, the current presenter already typed, names completed from the
    /// owners of the item's goal and the agenda's people.
    static func askPresenter(_ item: SessionItem, session: String, _ agenda: Agenda, _ state: inout ShellState) {
        state.overlay = .prompt(PromptState(title: state.strings[.promptPresenter],
                                            purpose: .plan(.presenter(session: session, item: item.id)), text: item.presenter ?? "",
                                            completions: presenterNames(agenda, item), acceptsEmpty: true))
    }

    /// Who may present an item: the owners of its goal first, then the agenda's people, each once.
    static func presenterNames(_ agenda: Agenda, _ item: SessionItem) -> [String] {
        var seen: Set<String> = []
        let owners = item.goal.flatMap { agenda.goal($0)?.owners } ?? []
        return (owners + agenda.people.map(\.name)).filter { seen.insert(TextFolding.fold($0)).inserted }
    }
}
