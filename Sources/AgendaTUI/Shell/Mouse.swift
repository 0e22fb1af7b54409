import AgendaLocalization
import TerminalWidgets

extension Reducer {
    /// Rows the wheel scrolls per step.
    static let wheelStep = 3

    /// A click selects the row under it; the wheel scrolls the list under it.
    static func handleMouse(_ mouse: MouseEvent, _ state: inout AppState) -> [Effect] {
        guard state.overlay == nil else { return [] }
        let layout = ScreenLayout(size: state.size)
        let list = layout.listBody
        switch state.screen {
        case .agenda(var screen) where screen.detail == nil:
            if let detail = layout.detail, detail.contains(x: mouse.x, y: mouse.y) {
                let delta = mouse.action == .scrollDown ? wheelStep : mouse.action == .scrollUp ? -wheelStep : 0
                if screen.view == .goals {
                    screen.goals.detailScroll = max(0, screen.goals.detailScroll + delta)
                } else {
                    screen.organizations.detailScroll = max(0, screen.organizations.detailScroll + delta)
                }
            } else if screen.view == .goals {
                pointer(mouse, list, &screen.goals.selection, &screen.goals.viewport, count: screen.goals.rows.count)
                screen.goals.detailScroll = 0
            } else {
                pointer(mouse, list, &screen.organizations.selection, &screen.organizations.viewport,
                        count: screen.document.agenda.organizations.count)
            }
            state.screen = .agenda(screen)
        case .agenda(var screen):
            if var detail = screen.detail {
                let delta = mouse.action == .scrollDown ? wheelStep : mouse.action == .scrollUp ? -wheelStep : 0
                detail.scroll = max(0, detail.scroll + delta)
                screen.detail = detail
                state.screen = .agenda(screen)
            }
        case .picker(var picker, let previous):
            pointer(mouse, list, &picker.selection, &picker.viewport, count: picker.entries.count)
            state.screen = .picker(picker, previous: previous)
        default:
            break
        }
        return []
    }

    /// Applies a click or a wheel step to a list shown in `area`.
    private static func pointer(_ mouse: MouseEvent, _ area: Rect, _ selection: inout Int, _ viewport: inout ListViewport,
                                count: Int) {
        switch mouse.action {
        case .press(button: 1):
            guard area.contains(x: mouse.x, y: mouse.y) else { return }
            let row = viewport.offset + mouse.y - area.y
            if row < count { selection = row }
        case .scrollDown, .scrollUp:
            let step = mouse.action == .scrollDown ? wheelStep : -wheelStep
            viewport.scroll(by: step, height: area.height, count: count)
            let visible = viewport.visible(height: area.height, count: count)
            if !visible.isEmpty { selection = min(max(selection, visible.lowerBound), visible.upperBound - 1) }
        default:
            break
        }
    }
}
