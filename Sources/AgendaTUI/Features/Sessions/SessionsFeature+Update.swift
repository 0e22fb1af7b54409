import AgendaLocalization
import AgendaModel
import Foundation
import TerminalWidgets

extension Reducer {
    /// The sessions view: the list of sessions.
    static func handleSessions(_ action: Action?, _ screen: inout AgendaScreen, _ state: inout AppState) -> [Effect] {
        let height = ScreenLayout(size: state.size).listBody.height
        let sessions = screen.document.agenda.sessions
        if move(&screen.sessions.selection, action, count: sessions.count, page: height) {
            screen.sessions.viewport.reveal(screen.sessions.selection, height: height, count: sessions.count)
            return []
        }
        let selected = sessions.indices.contains(screen.sessions.selection) ? sessions[screen.sessions.selection] : nil
        switch action {
        case .newSession:
            state.overlay = .prompt(PromptState(title: state.strings[.promptNewSession], purpose: .newSession))
        case .open:
            if let selected { screen.plan = SessionPlanState(session: selected.id) }
        case .goLive:
            if let selected { screen.live = LiveState(session: selected.id) }
        case .edit:
            if let selected { screen.form = SessionForms.details(selected, state.strings) }
        case .delete:
            if let selected {
                state.overlay = .confirm(ConfirmState(
                    title: state.strings[.confirmDeleteSessionTitle],
                    lines: [selected.date.description + " · " + selected.title], purpose: .deleteSession(id: selected.id)))
            }
        case .undo:
            return undo(&screen, &state)
        case .redo:
            return redo(&screen, &state)
        case .picker:
            return [.list(folder: folder(of: screen.document.path))]
        default:
            break
        }
        return []
    }

    /// A session's plan: its run-of-show, timeboxes and attendance.
    static func handlePlan(_ action: Action?, _ screen: inout AgendaScreen, _ state: inout AppState) -> [Effect] {
        guard var plan = screen.plan, let session = screen.document.agenda.session(plan.session) else {
            screen.plan = nil
            return []
        }
        defer { if screen.plan != nil { screen.plan = plan } }
        let height = ScreenLayout(size: state.size).body.height - 4
        if move(&plan.selection, action, count: session.items.count, page: height) {
            plan.viewport.reveal(plan.selection, height: height, count: session.items.count)
            return []
        }
        let item = session.items.indices.contains(plan.selection) ? session.items[plan.selection] : nil
        let strings = state.strings
        func change(_ change: SessionChange) -> [Effect] {
            commit([.changeSession(id: session.id, change)], &screen, &state)
        }
        switch action {
        case .back:
            screen.plan = nil
        case .goLive:
            screen.plan = nil
            screen.live = LiveState(session: session.id)
        case .edit:
            screen.form = SessionForms.details(session, strings)
        case .addGoalItem:
            let items = GoalOutline.rows(of: screen.document.agenda).map { row -> MenuItem in
                let goal = screen.document.agenda.goals[row.index]
                return MenuItem(label: goal.id + "  " + goal.title, value: goal.id)
            }
            state.overlay = .menu(MenuState(title: strings[.menuAddGoalItem], items: items, purpose: .goalItem(session: session.id),
                                            searchable: true))
        case .addTopicItem:
            state.overlay = .prompt(PromptState(title: strings[.promptTopic], purpose: .topic(session: session.id)))
        case .longerTimebox, .shorterTimebox:
            guard let item else { break }
            let minutes = action == .longerTimebox ? item.minutes + 5 : max(1, item.minutes - 5)
            return change(.setTimebox(item: item.id, minutes: minutes))
        case .moveItemUp, .moveItemDown:
            guard let item else { break }
            let target = plan.selection + (action == .moveItemUp ? -1 : 1)
            guard session.items.indices.contains(target) else { break }
            plan.selection = target
            return change(.moveItem(item: item.id, to: target))
        case .delete:
            guard let item else { break }
            let effects = change(.removeItem(item: item.id))
            plan.selection = min(plan.selection, max(0, session.items.count - 2))
            return effects
        case .attendance:
            let agenda = screen.document.agenda
            var items = agenda.organizations.map {
                MenuItem(label: $0.name + " (" + $0.country + ")", value: "org:" + $0.id,
                         isCurrent: session.attendance.organizations.contains($0.id))
            }
            items += agenda.people.map {
                MenuItem(label: "👤 " + $0.name, value: "person:" + $0.id, isCurrent: session.attendance.people.contains($0.id))
            }
            var menu = MenuState(title: strings[.menuAttendance], items: items, purpose: .attendance(session: session.id),
                                 searchable: true)
            menu.selection = 0
            state.overlay = .menu(menu)
        case .setPresenter:
            if let item { askPresenter(item, session: session.id, &state) }
        case .undo:
            return undo(&screen, &state)
        case .redo:
            return redo(&screen, &state)
        default:
            break
        }
        return []
    }

    /// A new session, planned for today, opened for planning.
    static func createSession(title: String, _ screen: inout AgendaScreen, _ state: inout AppState) -> [Effect] {
        var random = SystemRandomNumberGenerator()
        let id = Agenda.newSessionID(avoiding: screen.document.agenda.sessions, using: &random)
        let session = Session(id: id, title: title, date: state.today, facilitator: state.who)
        guard let effects = apply([.createSession(session)], &screen, &state) else { return [] }
        screen.view = .sessions
        screen.sessions.selection = max(0, screen.document.agenda.sessions.count - 1)
        screen.plan = SessionPlanState(session: id)
        return effects
    }

    /// The next item id of a session: `I-` and one more than the highest number.
    static func nextItemID(_ session: Session) -> String {
        let numbers = session.items.compactMap { Int($0.id.dropFirst(2)) }
        return "I-\((numbers.max() ?? 0) + 1)"
    }

    /// The next speaker id of a session.
    static func nextSpeakerID(_ session: Session) -> String {
        let numbers = session.speakers.compactMap { Int($0.id.dropFirst(2)) }
        return "P-\((numbers.max() ?? 0) + 1)"
    }
}
