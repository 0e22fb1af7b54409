import AgendaLocalization
import TerminalWidgets

/// The mouse: a click selects the row under it, the wheel scrolls the list or the pane under it.
enum Mouse {
    /// Rows the wheel scrolls per step.
    static let wheelStep = 3

    static func handle(_ mouse: MouseEvent, _ state: inout AppState) -> [Effect] {
        guard state.overlay == nil else { return [] }
        let layout = state.shell.layout
        switch state.screen {
        case .agenda where state.agenda != nil:
            point(mouse, layout, &state.agenda!)
        case .picker(var picker):
            picker.list.point(mouse, in: layout.listBody, count: picker.entries.count, step: wheelStep)
            state.screen = .picker(picker)
        default:
            break
        }
        return []
    }

    /// A click or the wheel on the open agenda: on a goal or organization shown whole, the wheel scrolls
    /// it; in the goals or organizations view, on the detail pane the wheel scrolls the pane, on the list
    /// a click selects and the wheel scrolls.
    private static func point(_ mouse: MouseEvent, _ layout: ScreenLayout, _ screen: inout AgendaScreen) {
        let delta = mouse.action == .scrollDown ? wheelStep : mouse.action == .scrollUp ? -wheelStep : 0
        switch screen.mode {
        case .detail(var detail):
            detail.scroll = max(0, detail.scroll + delta)
            screen.mode = .detail(detail)
        case .browsing:
            if let pane = layout.detail, pane.contains(x: mouse.x, y: mouse.y) {
                if screen.view == .goals {
                    screen.goals.detailScroll = max(0, screen.goals.detailScroll + delta)
                } else {
                    screen.organizations.detailScroll = max(0, screen.organizations.detailScroll + delta)
                }
            } else if screen.view == .goals {
                screen.goals.list.point(mouse, in: layout.listBody, count: screen.goals.rows.count, step: wheelStep)
                screen.goals.detailScroll = 0
            } else {
                screen.organizations.list.point(mouse, in: layout.listBody, count: screen.agenda.organizations.count,
                                                step: wheelStep)
            }
        default:
            break
        }
    }
}
