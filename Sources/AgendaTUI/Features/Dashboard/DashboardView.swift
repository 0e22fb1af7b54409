import AgendaLocalization
import AgendaModel
import AgendaReports
import TerminalWidgets
import TextWidth

/// The dashboard view: its rows, styled, scrolled so the selected figure row shows, that row marked.
enum DashboardView {
    static func draw(_ screen: AgendaScreen, _ state: ShellState, _ theme: Theme, _ buffer: inout ScreenBuffer,
                     _ layout: ScreenLayout) {
        let strings = state.strings
        let saveWidth = SaveStatusView.draw(screen, state, theme, &buffer, layout)
        buffer.write(" " + strings[.viewDashboard] + " · " + DateText.day(state.today, strings.language), x: 0,
                     y: layout.status.y, style: theme.dim, limit: layout.status.width - saveWidth)
        let area = DashboardFeature.area(layout)
        let rows = DashboardRows.build(screen.agenda, today: state.today, strings, width: area.width)
        let selectable = rows.indices.filter { !rows[$0].targets.isEmpty }
        let selected = selectable.indices.contains(screen.dashboard.selection) ? selectable[screen.dashboard.selection] : nil
        var scroll = screen.dashboard.scroll
        if let selected {
            if selected < scroll { scroll = max(0, selected - 1) }
            if selected >= scroll + area.height { scroll = selected - area.height + 1 }
        }
        let start = buffer.draw(rows.map { spans($0.content, strings, theme) }, in: area, scroll: scroll, indicators: theme.dim)
        if let selected, selected >= start, selected < start + area.height {
            buffer.restyle(Rect(x: area.x, y: area.y + selected - start, width: area.width - 1, height: 1)) { $0.with(.reverse) }
        }
    }

    /// A row, styled.
    static func spans(_ content: DashboardRow.Content, _ strings: Strings, _ theme: Theme) -> [Span] {
        switch content {
        case .blank: []
        case .heading(let text): [Span(strings[text], theme.bold.with(.underline))]
        case .area(let figure, let name, let nameWidth): area(figure, name: name, nameWidth: nameWidth, theme)
        case .legend(let line): [Span(line, theme.dim)]
        case .burnUp(let row, let label, let points, let maximum): burnUp(row: row, label: label, points, maximum: maximum, theme)
        case .burnUpLegend: [Span(strings[.dashboardBurnUpLegend], theme.dim)]
        case .gridLevels(let levels):
            [Span("    ")] + levels.map { Span($0.truncated(toWidth: gridCell).padded(toWidth: gridCell + 1), theme.dim) }
        case .gridCountry(let country, let cells):
            [Span(country.padded(toWidth: 4), theme.label)]
                + cells.map { Span(($0 ?? "·").padded(toWidth: gridCell + 1), $0 == nil ? theme.dim : .plain) }
        case .unrepresented(let text, let isZero): [Span(text, isZero ? .plain : theme.filterActive)]
        case .serves(let name, let nameWidth, let text):
            [Span(name.truncated(toWidth: nameWidth).padded(toWidth: nameWidth + 1)), Span(text, theme.dim)]
        case .unreviewed(let text): [Span(text)]
        case .translation(let name, let nameWidth, let percent, let text):
            [Span(name.truncated(toWidth: nameWidth).padded(toWidth: nameWidth + 1)),
             Span(ProgressBar.text(percent: percent, width: 10), theme.progress(percent)), Span(" \(percent)%  ".padded(toWidth: 7)),
             Span(text, theme.dim)]
        case .health(let figures):
            figures.enumerated().map { index, figure in
                Span((index == 0 ? "" : "  ·  ") + figure.text, figure.isEmpty ? theme.dim : theme.health(figure.health))
            }
        case .organization(let name, let nameWidth, let linked, let achieved, let overdue, let hasOverdue):
            [Span(name.truncated(toWidth: nameWidth).padded(toWidth: nameWidth + 1)), Span(linked.padded(toWidth: 11)),
             Span(achieved.padded(toWidth: 13), theme.status(.achieved)), Span(overdue, hasOverdue ? theme.overdue : theme.dim)]
        }
    }

    /// The width of a cell of the country by level grid.
    private static let gridCell = 11

    /// An area's row: name, progress bar and percentage, counts by status, overdue and stale.
    private static func area(_ figure: Dashboard.AreaFigures, name: String, nameWidth: Int, _ theme: Theme) -> [Span] {
        var spans = [Span(name.truncated(toWidth: nameWidth).padded(toWidth: nameWidth) + " "),
                     Span(ProgressBar.text(percent: figure.progress, width: 10), theme.progress(figure.progress)),
                     Span(" " + "\(figure.progress)%".padded(toWidth: 4, alignment: .right) + " ")]
        for status in GoalStatus.known where (figure.counts[status] ?? 0) > 0 {
            spans.append(Span(" " + Labels.symbol(status) + "\(figure.counts[status] ?? 0)", theme.status(status)))
        }
        if !figure.overdue.isEmpty { spans.append(Span("  !" + "\(figure.overdue.count)", theme.overdue)) }
        if !figure.stale.isEmpty { spans.append(Span("  ⌛\(figure.stale.count)", theme.dim)) }
        return spans
    }

    /// A row of the burn-up in block characters: achieved goals solid, the rest of the agenda shaded.
    private static func burnUp(row: Int, label: String, _ points: [Dashboard.BurnUpPoint], maximum: Int, _ theme: Theme) -> [Span] {
        let rows = 6
        let achievedStyle = theme.hasColor ? Style(foreground: .green) : .plain
        var spans = [Span(label.padded(toWidth: 5, alignment: .right) + " ", theme.dim)]
        var text = ""
        var style = achievedStyle
        func flush() {
            if !text.isEmpty { spans.append(Span(text, style)) }
            text = ""
        }
        for point in points {
            let achieved = Double(point.achieved) / Double(maximum) * Double(rows)
            let total = Double(point.total) / Double(maximum) * Double(rows)
            let (character, cellStyle): (String, Style)
            if achieved >= Double(row + 1) {
                (character, cellStyle) = ("█", achievedStyle)
            } else if achieved > Double(row) {
                let eighths = Int(((achieved - Double(row)) * 8).rounded())
                (character, cellStyle) = (eighths == 0 ? (total > Double(row) ? "░" : " ")
                                          : String(Array("▁▂▃▄▅▆▇█")[min(7, eighths - 1)]), achievedStyle)
            } else if total > Double(row) {
                (character, cellStyle) = ("░", theme.dim)
            } else {
                (character, cellStyle) = (" ", .plain)
            }
            if cellStyle != style {
                flush()
                style = cellStyle
            }
            text += character
        }
        flush()
        return spans
    }
}
