import AgendaLocalization
import AgendaModel
import AgendaReports
import TerminalWidgets
import TextWidth

/// The dashboard view: its lines scrolled so the selected figure line shows, that line marked.
enum DashboardView {
    static func draw(_ screen: AgendaScreen, _ state: AppState, _ theme: Theme, _ buffer: inout ScreenBuffer,
                     _ layout: ScreenLayout) {
        let strings = state.strings
        let saveWidth = SaveStatusView.draw(screen, state, theme, &buffer, layout)
        buffer.write(" " + strings[.viewDashboard] + " · " + DateText.day(state.today, strings.language), x: 0,
                     y: layout.status.y, style: theme.dim, limit: layout.status.width - saveWidth)
        let area = Rect(x: 1, y: layout.list.y, width: layout.header.width - 2, height: layout.hints.y - layout.list.y)
        let lines = DashboardLines.build(screen.document.agenda, state, theme, width: area.width)
        let selectable = lines.indices.filter { !lines[$0].targets.isEmpty }
        let selected = selectable.indices.contains(screen.dashboard.selection) ? selectable[screen.dashboard.selection] : nil
        var scroll = screen.dashboard.scroll
        if let selected {
            if selected < scroll { scroll = max(0, selected - 1) }
            if selected >= scroll + area.height { scroll = selected - area.height + 1 }
        }
        let start = buffer.draw(lines.map(\.spans), in: area, scroll: scroll, indicators: theme.dim)
        if let selected, selected >= start, selected < start + area.height {
            buffer.restyle(Rect(x: area.x, y: area.y + selected - start, width: area.width - 1, height: 1)) { $0.with(.reverse) }
        }
    }
}
