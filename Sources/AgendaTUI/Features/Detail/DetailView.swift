import AgendaLocalization
import AgendaModel
import TerminalWidgets

/// A goal or organization shown on the whole screen, scrolled.
enum DetailView {
    static func draw(_ screen: AgendaScreen, _ state: ShellState, _ theme: Theme, _ buffer: inout ScreenBuffer,
                     _ layout: ScreenLayout) {
        guard case .detail(let detail) = screen.mode else { return }
        let area = Rect(x: layout.body.x + 1, y: layout.body.y, width: layout.body.width - 2, height: layout.body.height)
        buffer.draw(lines(detail.target, screen, state, theme, width: area.width), in: area, scroll: detail.scroll,
                    indicators: theme.dim, region: .detailScreen)
    }

    /// The lines of a goal or organization shown whole, at a width.
    static func lines(_ target: DetailTarget, _ screen: AgendaScreen, _ state: ShellState, _ theme: Theme, width: Int)
        -> [StyledLine] {
        switch target {
        case .goal(let index):
            return GoalDetail.lines(index, screen.document, state, theme, width: width)
        case .organization(let id):
            guard let org = screen.agenda.organization(id) else { return [] }
            return OrganizationDetail.lines(org, screen.document, state, theme, width: width)
        }
    }
}
