import AgendaModel
import TerminalWidgets

/// A goal or organization shown on the whole screen: scrolling it, editing the goal, going back.
enum DetailFeature {
    static func update(_ action: Action?, _ key: Key, _ screen: inout AgendaScreen, _ state: inout ShellState) -> [Effect] {
        guard case .detail(var detail) = screen.mode else { return [] }
        let page = max(1, state.layout.body.height - 1)
        let last = state.scrollLimit(.detailScreen) ?? .max
        switch action {
        case .detailUp, .moveUp: detail.scroll = max(0, detail.scroll - 1)
        case .detailDown, .moveDown: detail.scroll = min(last, detail.scroll + 1)
        case .pageUp: detail.scroll = max(0, detail.scroll - page)
        case .pageDown: detail.scroll = min(last, detail.scroll + page)
        case .top: detail.scroll = 0
        case .bottom: detail.scroll = last == .max ? detail.scroll : last
        case .edit:
            if case .goal(let index) = detail.target {
                screen.open(GoalForm.make(screen.agenda.goals[index], screen.agenda, state.strings))
                return []
            }
        case .back:
            screen.mode = .browsing
            return []
        case let action?:
            // The keys that switch views leave the goal for the view.
            if let effects = ViewSwitch.handle(action, &screen) {
                if action != .picker { screen.mode = .browsing }
                return effects
            }
        case nil:
            break
        }
        screen.mode = .detail(detail)
        return []
    }

    /// After the agenda changed: a goal shown whole stays on the same goal, or closes if it is gone;
    /// also under a form.
    static func follow(_ mode: Mode, from old: Document, to new: Document) -> Mode {
        switch mode {
        case .detail(var detail):
            guard case .goal(let index) = detail.target else { return mode }
            guard old.agenda.goals.indices.contains(index), let moved = new.index.goalByID[old.agenda.goals[index].id] else {
                return old.agenda.goals.indices.contains(index) ? .browsing : mode
            }
            detail.target = .goal(index: moved)
            return .detail(detail)
        case .form(let form, let returning):
            return .form(form, returning: follow(returning, from: old, to: new))
        default:
            return mode
        }
    }
}
