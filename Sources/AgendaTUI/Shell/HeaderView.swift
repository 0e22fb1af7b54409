import AgendaLocalization
import TerminalWidgets
import TextWidth

/// The title bar: the program, the agenda's title (a session's in its plan or live), and the views with
/// the current one marked; the conflicts view shows among them only while a merge left conflicts.
enum HeaderView {
    static func draw(_ state: AppState, _ theme: Theme, _ buffer: inout ScreenBuffer, _ layout: ScreenLayout) {
        guard let screen = state.shownAgenda else {
            draw(title: nil, view: nil, state.shell, theme, &buffer, layout)
            return
        }
        let agenda = screen.agenda
        let title = screen.mode.session.flatMap { agenda.session($0)?.title } ?? agenda.title
        draw(title: title, view: screen.view, conflicts: agenda.conflicts.count, state.shell, theme, &buffer, layout)
    }

    static func draw(title: String?, view: AgendaView?, conflicts: Int = 0, _ state: ShellState, _ theme: Theme,
                     _ buffer: inout ScreenBuffer, _ layout: ScreenLayout) {
        let row = layout.header.y
        buffer.fill(layout.header, style: theme.header)
        var tabs = view.map { tabLabels(current: $0, conflicts: conflicts, state.strings) } ?? []
        func width(_ tabs: [(String, Bool)]) -> Int { tabs.reduce(0) { $0 + DisplayWidth.of($1.0) + 2 } }
        // Where the names do not fit, the other views show as their numbers, then the current one too;
        // the conflicts view keeps its count, which asks for attention.
        func short(_ label: String) -> String {
            label.hasPrefix("6 ") && conflicts > 0 ? "6 (\(conflicts))" : String(label.prefix(1))
        }
        if width(tabs) > state.size.width / 2 {
            tabs = tabs.map { $0.1 ? $0 : (short($0.0), false) }
        }
        if width(tabs) > state.size.width / 2 {
            tabs = tabs.map { (short($0.0), $0.1) }
        }
        let tabsWidth = width(tabs)
        var x = buffer.write(" " + state.strings[.appName], x: 0, y: row, style: theme.header.with(.bold))
        if let title {
            x += buffer.write((" · " + title).truncated(toWidth: max(0, state.size.width - x - tabsWidth - 1)), x: x, y: row,
                              style: theme.header)
        }
        var tabX = state.size.width - tabsWidth
        for (label, active) in tabs {
            tabX += buffer.write(" " + label + " ", x: tabX, y: row, style: active ? theme.headerActive : theme.header)
        }
    }

    /// The views' labels, `1 Goals`, each with whether it is the current one.
    private static func tabLabels(current: AgendaView, conflicts: Int, _ strings: Strings) -> [(String, Bool)] {
        let views: [AgendaView] = [.goals, current == .people ? .people : .organizations, .sessions, .dashboard, .activity]
            + (conflicts > 0 || current == .conflicts ? [.conflicts] : [])
        return views.map { view in
            let count = view == .conflicts && conflicts > 0 ? " (\(conflicts))" : ""
            return ("\(view.tabNumber) " + strings[view.name] + count, view == current)
        }
    }
}
