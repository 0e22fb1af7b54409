import AgendaLocalization
import AgendaModel
import TerminalWidgets
import TextWidth

/// The dashboard as rows of content for a width: areas, the burn-up chart, the country by level grid,
/// representation, reviews and organizations.
enum DashboardRows {
    static func build(_ agenda: Agenda, today: Day, _ strings: Strings, width: Int) -> [DashboardRow] {
        let dashboard = Dashboard(agenda, today: today)
        var rows: [DashboardRow] = []
        func heading(_ text: Text) {
            if !rows.isEmpty { rows.append(DashboardRow(.blank)) }
            rows.append(DashboardRow(.heading(text)))
        }
        let reading = Reading(agenda, strings)
        let areaNames = dashboard.areas.map { reading.areaName($0.area, in: agenda) }
        let nameWidth = min(areaNames.map(DisplayWidth.of).max() ?? 12, max(12, width / 3))
        heading(.dashboardAreas)
        rows += areas(dashboard, names: areaNames, strings, nameWidth: nameWidth)
        rows += legend(strings, staleDays: dashboard.staleDays, width: width - 1).map { DashboardRow(.legend($0)) }
        // The burn-up, one column a week, as many weeks as fit.
        if dashboard.burnUp.count > 1 {
            heading(.dashboardBurnUp)
            rows += burnUp(dashboard.burnUp, width: width)
            rows.append(DashboardRow(.burnUpLegend))
        }
        if !dashboard.countries.isEmpty {
            heading(.dashboardGrid)
            rows += grid(dashboard, strings)
        }
        heading(.dashboardRepresentation)
        rows += representation(dashboard, names: areaNames, agenda, strings, nameWidth: nameWidth)
        heading(.dashboardReviews)
        rows += reviews(dashboard, strings)
        heading(.dashboardOrganizations)
        rows += organizations(dashboard, agenda, strings, width: width)
        let translations = self.translations(agenda, strings, nameWidth: nameWidth)
        if !translations.isEmpty {
            heading(.dashboardTranslations)
            rows += translations
        }
        return rows
    }

    /// Per language the agenda is translated into (and the reader's, when it is not the agenda's own):
    /// the share of its texts translated from their current original; stale and missing ones do not
    /// count. The figure leads to the goals whose title or description needs translating.
    private static func translations(_ agenda: Agenda, _ strings: Strings, nameWidth: Int) -> [DashboardRow] {
        var languages = agenda.translationLanguages
        let reader = strings.language.rawValue
        if let own = agenda.language, !LanguageTag.sameLanguage(own, reader), !languages.contains(reader) {
            languages.insert(reader, at: 0)
        }
        return languages.map { language in
            let status = agenda.translationStatus(language)
            let name = Labels.languageName(language, strings)
            let text = strings.format(.dashboardTranslationLine, status.translated, status.total, status.stale, status.missing)
            let goals = agenda.goals.filter { $0.needsTranslation(into: language) }.map(\.id)
            return DashboardRow(.translation(name: name, nameWidth: nameWidth, percent: status.percent, text: text), [
                FigureTarget(subject: name, figure: strings[.filterNeedsTranslation] + " " + name, goals: goals),
            ])
        }
    }

    /// Per area (named in the reader's language, in the dashboard's order): progress, counts by status,
    /// overdue and stale.
    private static func areas(_ dashboard: Dashboard, names: [String], _ strings: Strings, nameWidth: Int) -> [DashboardRow] {
        zip(dashboard.areas, names).map { figure, name in
            DashboardRow(.area(figure, name: name, nameWidth: nameWidth), [
                FigureTarget(subject: name, figure: strings.format(.dashboardAll, figure.goals.count), goals: figure.goals),
                FigureTarget(subject: name, figure: strings.format(.dashboardOverdueFigure, figure.overdue.count), goals: figure.overdue),
                FigureTarget(subject: name, figure: strings.format(.dashboardStaleFigure, figure.stale.count, dashboard.staleDays),
                             goals: figure.stale),
                FigureTarget(subject: name, figure: strings.format(.dashboardUnrepresentedFigure, figure.unrepresented.count),
                             goals: figure.unrepresented),
            ] + (figure.notStarted.isEmpty ? [] : [
                FigureTarget(subject: name, figure: strings.format(.dashboardNotStartedFigure, figure.notStarted.count),
                             goals: figure.notStarted),
            ]))
        }
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

    /// The burn-up's rows, the top first, over as many of the latest points as fit.
    private static func burnUp(_ points: [Dashboard.BurnUpPoint], width: Int) -> [DashboardRow] {
        let height = 6
        let shown = Array(points.suffix(max(1, width - 8)))
        let maximum = max(1, shown.map(\.total).max() ?? 1)
        return (0..<height).reversed().map { row in
            let label = row == height - 1 ? String(maximum) : row == 0 ? "0" : ""
            return DashboardRow(.burnUp(row: row, label: label, points: shown, maximum: maximum))
        }
    }

    /// The country by level of government grid: per cell, its goals and their progress.
    private static func grid(_ dashboard: Dashboard, _ strings: Strings) -> [DashboardRow] {
        let levels = dashboard.levels
        let labels = levels.map { $0.isEmpty ? strings[.dashboardNoLevel] : Labels.level(GovernmentLevel(rawValue: $0), strings) }
        var rows = [DashboardRow(.gridLevels(labels))]
        for country in dashboard.countries {
            var cells: [String?] = []
            var targets: [FigureTarget] = []
            for (level, label) in zip(levels, labels) {
                let value = dashboard.grid[country]?[level]
                cells.append(value.map { "\($0.goals.count) · \($0.progress)%" })
                if let value { targets.append(FigureTarget(subject: country, figure: label, goals: value.goals)) }
            }
            rows.append(DashboardRow(.gridCountry(country, cells: cells), targets))
        }
        return rows
    }

    /// Representation of the communities the summit found missing: the count, and per area whom its
    /// organizations serve.
    private static func representation(_ dashboard: Dashboard, names: [String], _ agenda: Agenda, _ strings: Strings,
                                       nameWidth: Int)
        -> [DashboardRow] {
        let count = agenda.sessions.isEmpty
            ? strings.format(.dashboardUnrepresentedGoals, dashboard.unrepresentedGoals.count)
            : strings.format(.dashboardUnrepresented, dashboard.unrepresentedGoals.count, dashboard.unrepresentedSessions.count)
        var rows = [DashboardRow(.unrepresented(count, isZero: dashboard.unrepresentedGoals.isEmpty),
                                 [FigureTarget(label: strings.format(.dashboardUnrepresentedFigure, dashboard.unrepresentedGoals.count),
                                               goals: dashboard.unrepresentedGoals)])]
        for (figure, name) in zip(dashboard.areas, names) {
            let served = figure.communities.isEmpty ? strings[.detailNone]
                : figure.communities.map { Labels.community($0, strings) }.joined(separator: ", ")
            rows.append(DashboardRow(.serves(name: name, nameWidth: nameWidth, text: strings.format(.dashboardServes, served)),
                                     [FigureTarget(subject: name, figure: strings.format(.dashboardUnrepresentedFigure,
                                                                                        figure.unrepresented.count),
                                                   goals: figure.unrepresented)]))
        }
        return rows
    }

    /// What is left to review, and how the latest reviews judged the open goals.
    private static func reviews(_ dashboard: Dashboard, _ strings: Strings) -> [DashboardRow] {
        let unreviewed = strings.format(.dashboardUnreviewed, dashboard.unreviewed.count,
                                        DateText.day(dashboard.reviewedSince, strings.language))
        var health: [(health: Health, text: String, isEmpty: Bool)] = []
        var targets: [FigureTarget] = []
        for (value, goals) in dashboard.byHealth {
            let text = Labels.health(value, strings) + " \(goals.count)"
            health.append((value, text, goals.isEmpty))
            targets.append(FigureTarget(subject: strings[.fieldHealth], figure: text, goals: goals))
        }
        return [DashboardRow(.unreviewed(unreviewed), [FigureTarget(label: unreviewed, goals: dashboard.unreviewed)]),
                DashboardRow(.health(health), targets)]
    }

    /// Per organization: the goals linked, achieved and overdue.
    private static func organizations(_ dashboard: Dashboard, _ agenda: Agenda, _ strings: Strings, width: Int) -> [DashboardRow] {
        let reading = Reading(agenda, strings)
        let names = dashboard.organizations.map { agenda.organization($0.organization).map(reading.name) ?? $0.organization }
        let nameWidth = min(names.map(DisplayWidth.of).max() ?? 12, max(12, width / 3))
        return zip(dashboard.organizations, names).map { figure, name in
            let linked = strings.format(.dashboardLinked, figure.linked.count)
            let achieved = strings.format(.dashboardAchieved, figure.achieved.count)
            let overdue = strings.format(.dashboardOverdueFigure, figure.overdue.count)
            return DashboardRow(.organization(name: name, nameWidth: nameWidth, linked: linked, achieved: achieved, overdue: overdue,
                                              hasOverdue: !figure.overdue.isEmpty), [
                FigureTarget(subject: name, figure: linked, goals: figure.linked),
                FigureTarget(subject: name, figure: achieved, goals: figure.achieved),
                FigureTarget(subject: name, figure: overdue, goals: figure.overdue),
            ])
        }
    }
}
