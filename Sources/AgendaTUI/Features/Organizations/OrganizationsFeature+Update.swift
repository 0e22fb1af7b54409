import AgendaLocalization
import AgendaModel
import TerminalWidgets

extension Reducer {
    /// Keys of the organizations view.
    static func handleOrganizations(_ action: Action?, _ screen: inout AgendaScreen, _ state: inout AppState) -> [Effect] {
        let height = ScreenLayout(size: state.size).listBody.height
        let count = screen.document.agenda.organizations.count
        if move(&screen.organizations.selection, action, count: count, page: height) {
            screen.organizations.detailScroll = 0
        } else {
            switch action {
            case .newOrganization, .edit, .delete, .undo, .redo:
                return handleOrganizationEdit(action!, &screen, &state)
            case .showOrganizationGoals:
                // The goals of the organization: the goals view, filtered by it.
                guard screen.document.agenda.organizations.indices.contains(screen.organizations.selection) else { break }
                let org = screen.document.agenda.organizations[screen.organizations.selection]
                screen.goals.filter.organization = org.id
                screen.view = .goals
                refreshRows(&screen)
            case .detailDown where ScreenLayout(size: state.size).detail != nil:
                screen.organizations.detailScroll += 1
            case .detailUp where ScreenLayout(size: state.size).detail != nil:
                screen.organizations.detailScroll = max(0, screen.organizations.detailScroll - 1)
            case .picker:
                return [.list(folder: folder(of: screen.document.path))]
            default:
                break
            }
        }
        screen.organizations.viewport.reveal(screen.organizations.selection, height: height, count: count)
        return []
    }

    /// Keys of a goal or organization shown full screen.
    static func handleDetail(_ action: Action?, _ screen: inout AgendaScreen, _ state: AppState) -> [Effect] {
        guard var detail = screen.detail else { return [] }
        let body = ScreenLayout(size: state.size).body
        let page = max(1, body.height - 1)
        let lines = DetailScreenView.lines(detail.target, screen, state, Theme(hasColor: state.hasColor), width: body.width - 2)
        let last = max(0, lines.count - body.height)
        switch action {
        case .detailUp, .moveUp: detail.scroll = max(0, detail.scroll - 1)
        case .detailDown, .moveDown: detail.scroll = min(last, detail.scroll + 1)
        case .pageUp: detail.scroll = max(0, detail.scroll - page)
        case .pageDown: detail.scroll = min(last, detail.scroll + page)
        case .top: detail.scroll = 0
        case .bottom: detail.scroll = last
        case .edit:
            if case .goal(let index) = detail.target {
                screen.form = GoalForm.make(screen.document.agenda.goals[index], screen.document.agenda, state.strings)
            }
        case .back:
            screen.detail = nil
            return []
        case .nextView, .showGoals, .showOrganizations, .showSessions, .showDashboard, .showActivity:
            screen.detail = nil
            switchView(action!, &screen)
            return []
        case .picker:
            return [.list(folder: folder(of: screen.document.path))]
        default:
            break
        }
        screen.detail = detail
        return []
    }

    /// Keys of the agenda picker.
    static func handlePicker(_ action: Action?, _ picker: inout PickerState, previous: AgendaScreen?,
                             _ state: inout AppState) -> [Effect] {
        let height = ScreenLayout(size: state.size).listBody.height
        if move(&picker.selection, action, count: picker.entries.count, page: height) {
            picker.viewport.reveal(picker.selection, height: height, count: picker.entries.count)
            return []
        }
        switch action {
        case .open:
            guard picker.entries.indices.contains(picker.selection) else { return [] }
            let path = picker.entries[picker.selection].path
            if let previous, previous.document.path == path {
                state.screen = .agenda(previous)
                return []
            }
            return [.load(path: path)]
        case .back:
            if let previous { state.screen = .agenda(previous) }
            return []
        default:
            return []
        }
    }
}
