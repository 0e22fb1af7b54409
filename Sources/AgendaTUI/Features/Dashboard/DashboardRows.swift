import AgendaLocalization
import AgendaModel
import AgendaReports
import TerminalWidgets
import TextWidth

/// One line of the dashboard: what it shows, and the figures on it that lead to goals.
struct DashboardLine {
    var spans: [Span]
    var targets: [FigureTarget]

    init(_ spans: [Span], _ targets: [FigureTarget] = []) {
        self.spans = spans
        self.targets = targets.filter { !$0.goals.isEmpty }
    }
}

/// The dashboard as lines for a width: areas, the burn-up chart, the country by level grid,
/// representation, reviews and organizations.
enum DashboardLines {
    static func build(_ agenda: Agenda, _ state: AppState, _ theme: Theme, width: Int) -> [DashboardLine] {
        let strings = state.strings
        let dashboard = Dashboard(agenda, today: state.today)
        var lines: [DashboardLine] = []
        func heading(_ text: Text) {
            if !lines.isEmpty { lines.append(DashboardLine([])) }
            lines.append(DashboardLine([Span(strings[text], theme.bold.with(.underline))]))
        }
        // Areas: progress, counts by status, overdue and stale.
        heading(.dashboardAreas)
        let areaNames = dashboard.areas.map { agenda.area($0.area)?.name ?? $0.area }
        let nameWidth = min(areaNames.map(DisplayWidth.of).max() ?? 12, max(12, width / 3))
        for figure in dashboard.areas {
            let name = agenda.area(figure.area)?.name ?? figure.area
            var spans = [Span(name.truncated(toWidth: nameWidth).padded(toWidth: nameWidth) + " "),
                         Span(ProgressBar.text(percent: figure.progress, width: 10), theme.progress(figure.progress)),
                         Span(" " + "\(figure.progress)%".padded(toWidth: 4, alignment: .right) + " ")]
            for status in GoalStatus.known where (figure.counts[status] ?? 0) > 0 {
                spans.append(Span(" " + Labels.symbol(status) + "\(figure.counts[status] ?? 0)", theme.status(status)))
            }
            if !figure.overdue.isEmpty { spans.append(Span("  !" + "\(figure.overdue.count)", theme.overdue)) }
            if !figure.stale.isEmpty { spans.append(Span("  ⌛\(figure.stale.count)", theme.dim)) }
            lines.append(DashboardLine(spans, [
                FigureTarget(subject: name, figure: strings.format(.dashboardAll, figure.goals.count), goals: figure.goals),
                FigureTarget(subject: name, figure: strings.format(.dashboardOverdueFigure, figure.overdue.count), goals: figure.overdue),
                FigureTarget(subject: name, figure: strings.format(.dashboardStaleFigure, figure.stale.count, dashboard.staleDays),
                             goals: figure.stale),
                FigureTarget(subject: name, figure: strings.format(.dashboardUnrepresentedFigure, figure.unrepresented.count),
                             goals: figure.unrepresented),
            ]))
        }
        for line in legend(strings, staleDays: dashboard.staleDays, width: width - 1) {
            lines.append(DashboardLine([Span(line, theme.dim)]))
        }
        // The burn-up, one column a week, as many weeks as fit.
        if dashboard.burnUp.count > 1 {
            heading(.dashboardBurnUp)
            lines += burnUp(dashboard.burnUp, theme, width: width).map { DashboardLine($0) }
            lines.append(DashboardLine([Span(strings[.dashboardBurnUpLegend], theme.dim)]))
        }
        // Country by level of government.
        if !dashboard.countries.isEmpty {
            heading(.dashboardGrid)
            let cell = 11
            let levels = dashboard.levels
            var header = [Span("    ")]
            for level in levels {
                let label = level.isEmpty ? strings[.dashboardNoLevel] : Labels.level(GovernmentLevel(rawValue: level), strings)
                header.append(Span(label.truncated(toWidth: cell).padded(toWidth: cell + 1), theme.dim))
            }
            lines.append(DashboardLine(header))
            for country in dashboard.countries {
                var spans = [Span(country.padded(toWidth: 4), theme.label)]
                var targets: [FigureTarget] = []
                for level in levels {
                    let value = dashboard.grid[country]?[level]
                    let text = value.map { "\($0.goals.count) · \($0.progress)%" } ?? "·"
                    spans.append(Span(text.padded(toWidth: cell + 1), value == nil ? theme.dim : .plain))
                    if let value {
                        let label = level.isEmpty ? strings[.dashboardNoLevel] : Labels.level(GovernmentLevel(rawValue: level), strings)
                        targets.append(FigureTarget(subject: country, figure: label, goals: value.goals))
                    }
                }
                lines.append(DashboardLine(spans, targets))
            }
        }
        // Representation of the communities the summit found missing.
        heading(.dashboardRepresentation)
        lines.append(DashboardLine(
            [Span(agenda.sessions.isEmpty
                    ? strings.format(.dashboardUnrepresentedGoals, dashboard.unrepresentedGoals.count)
                    : strings.format(.dashboardUnrepresented, dashboard.unrepresentedGoals.count, dashboard.unrepresentedSessions.count),
                  dashboard.unrepresentedGoals.isEmpty ? .plain : theme.filterActive)],
            [FigureTarget(label: strings.format(.dashboardUnrepresentedFigure, dashboard.unrepresentedGoals.count),
                          goals: dashboard.unrepresentedGoals)]))
        for figure in dashboard.areas {
            let name = agenda.area(figure.area)?.name ?? figure.area
            let served = figure.communities.isEmpty ? strings[.detailNone]
                : figure.communities.map { Labels.community($0, strings) }.joined(separator: ", ")
            lines.append(DashboardLine([Span(name.truncated(toWidth: nameWidth).padded(toWidth: nameWidth + 1)),
                                        Span(strings.format(.dashboardServes, served), theme.dim)],
                                       [FigureTarget(subject: name, figure: strings.format(.dashboardUnrepresentedFigure,
                                                                                          figure.unrepresented.count),
                                                     goals: figure.unrepresented)]))
        }
        // Reviews: what is left to review, and how the latest reviews judged the open goals.
        heading(.dashboardReviews)
        lines.append(DashboardLine(
            [Span(strings.format(.dashboardUnreviewed, dashboard.unreviewed.count, DateText.day(dashboard.reviewedSince, strings.language)))],
            [FigureTarget(label: strings.format(.dashboardUnreviewed, dashboard.unreviewed.count,
                                                DateText.day(dashboard.reviewedSince, strings.language)), goals: dashboard.unreviewed)]))
        var healthSpans: [Span] = []
        var healthTargets: [FigureTarget] = []
        for (health, goals) in dashboard.byHealth {
            let text = Labels.health(health, strings) + " \(goals.count)"
            healthSpans.append(Span((healthSpans.isEmpty ? "" : "  ·  ") + text, goals.isEmpty ? theme.dim : theme.health(health)))
            healthTargets.append(FigureTarget(subject: strings[.fieldHealth], figure: text, goals: goals))
        }
        lines.append(DashboardLine(healthSpans, healthTargets))
        // Organizations.
        heading(.dashboardOrganizations)
        let orgNames = dashboard.organizations.map { agenda.organization($0.organization)?.name ?? $0.organization }
        let orgWidth = min(orgNames.map(DisplayWidth.of).max() ?? 12, max(12, width / 3))
        for figure in dashboard.organizations {
            let name = agenda.organization(figure.organization)?.name ?? figure.organization
            let spans = [Span(name.truncated(toWidth: orgWidth).padded(toWidth: orgWidth + 1)),
                         Span(strings.format(.dashboardLinked, figure.linked.count).padded(toWidth: 11)),
                         Span(strings.format(.dashboardAchieved, figure.achieved.count).padded(toWidth: 13), theme.status(.achieved)),
                         Span(strings.format(.dashboardOverdueFigure, figure.overdue.count),
                              figure.overdue.isEmpty ? theme.dim : theme.overdue)]
            lines.append(DashboardLine(spans, [
                FigureTarget(subject: name, figure: strings.format(.dashboardLinked, figure.linked.count), goals: figure.linked),
                FigureTarget(subject: name, figure: strings.format(.dashboardAchieved, figure.achieved.count), goals: figure.achieved),
                FigureTarget(subject: name, figure: strings.format(.dashboardOverdueFigure, figure.overdue.count), goals: figure.overdue),
            ]))
        }
        return lines
    }

    /// What the marks of an area's row mean (each status, overdue and stale), in lines of at most
    /// `width` columns that break between marks.
    static func legend(_ strings: Strings, staleDays: Int, width: Int) -> [String] {
        let items = GoalStatus.known.map { Labels.symbol($0) + " " + Labels.status($0, strings) }
            + ["! " + strings[.overdue], "⌛ " + strings.format(.dashboardLegendStale, staleDays)]
        var lines: [String] = []
        var line = ""
        for item in items {
            if !line.isEmpty, DisplayWidth.of(line) + 2 + DisplayWidth.of(item) > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : "  ") + item
        }
        if !line.isEmpty { lines.append(line) }
        return lines.map { $0.truncated(toWidth: max(1, width)) }
    }

    /// The burn-up as rows of block characters: achieved goals solid, the rest of the agenda shaded.
    static func burnUp(_ points: [Dashboard.BurnUpPoint], _ theme: Theme, width: Int) -> [[Span]] {
        let rows = 6
        let shown = Array(points.suffix(max(1, width - 8)))
        let maximum = max(1, shown.map(\.total).max() ?? 1)
        let achievedStyle = theme.hasColor ? Style(foreground: .green) : .plain
        var lines: [[Span]] = []
        for row in (0..<rows).reversed() {
            let label = row == rows - 1 ? String(maximum) : row == 0 ? "0" : ""
            var spans = [Span(label.padded(toWidth: 5, alignment: .right) + " ", theme.dim)]
            var text = ""
            var style = achievedStyle
            func flush() {
                if !text.isEmpty { spans.append(Span(text, style)) }
                text = ""
            }
            for point in shown {
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
            lines.append(spans)
        }
        return lines
    }
}
