import AgendaLocalization
import AgendaModel
import Foundation

/// The progress report for people who never open a terminal: a summary with charts, per area a table
/// of goals with status, owners, organizations, progress, due date and last review, the meetings with
/// what they decided, then what changed since a day (the net change of each field). In the interface's
/// language; with `isPrivate`, what `Redaction` says is left out (contact details never appear).
public struct ProgressReport {
    public let agenda: Agenda
    public let strings: Strings
    public let today: Day
    public let since: Day?
    public let area: String?
    public let isPrivate: Bool

    public init(agenda: Agenda, strings: Strings, today: Day, since: Day? = nil, area: String? = nil, isPrivate: Bool = false) {
        self.agenda = agenda
        self.strings = strings
        self.today = today
        self.since = since
        self.area = area
        self.isPrivate = isPrivate
    }

    /// The goals the report covers: all, or one area's.
    public var goals: [Goal] {
        guard let area else { return agenda.goals }
        return agenda.goals.filter { $0.area == area }
    }

    /// What the report leaves out: nothing, or with `isPrivate` contacts in free text and names other
    /// than owners.
    public var redaction: Redaction {
        Redaction(isPrivate: isPrivate, agenda: agenda, replacement: strings[.privacyContactRemoved])
    }

    var language: Language { strings.language }

    /// The agenda's texts in the report's language: translations, else originals as `LanguageSpan`s.
    var reading: Reading { Reading(agenda, strings) }

    public func document() -> ReportDocument {
        var doc = ReportDocument(title: strings.format(.reportTitle, agenda.title), language: language.rawValue)
        let dashboard = Dashboard(agenda, today: today)
        summary(dashboard, &doc)
        goalTables(dashboard, &doc)
        meetings(&doc)
        changes(&doc)
        return doc
    }

    public func markdown() -> String { MarkdownRenderer.render(document()) }
    public func html() -> String { HTMLRenderer.render(document()) }

    /// The goals as CSV for spreadsheets: headers and values in the interface's language, a byte-order
    /// mark, formulas neutralized (see `CSVOptions`).
    public func csv(_ options: CSVOptions? = nil) -> String {
        csv(.goals, options ?? .spreadsheet(strings))
    }

    /// The areas covered, in the agenda's order.
    var areas: [Area] { agenda.areas.filter { area == nil || $0.id == area } }

    /// The summary: counts by status, overdue, stale, not reviewed and not represented; the areas'
    /// progress as a table and a chart; the burn-up as a chart and a table.
    private func summary(_ dashboard: Dashboard, _ doc: inout ReportDocument) {
        let covered = Set(goals.map(\.id))
        doc.heading(2, strings[.reportSummary])
        doc.paragraph(strings.format(.reportAsOf, DateText.day(today, language)))
        let counts = GoalStatus.known.map { status in Labels.count(goals.filter { $0.status == status }.count, status, strings) }
        var summary = [strings.format(.reportGoalsCount, goals.count) + strings[.cliLabelColon] + " " + counts.joined(separator: ", ")]
        summary.append(strings.format(.reportOverdue, dashboard.areas.flatMap(\.overdue).filter(covered.contains).count))
        summary.append(strings.format(.reportStale, dashboard.areas.flatMap(\.stale).filter(covered.contains).count, dashboard.staleDays))
        summary.append(strings.format(.reportUnreviewed, dashboard.unreviewed.filter(covered.contains).count, dashboard.staleDays))
        summary.append(strings.format(.reportUnrepresented, dashboard.unrepresentedGoals.filter(covered.contains).count))
        // Action items from meetings not started are left out of the areas' progress (see `Rollup`): said here.
        let notStarted = dashboard.areas.flatMap(\.notStarted).filter(covered.contains).count
        if notStarted > 0 { summary.append(strings.format(.reportNotStarted, notStarted)) }
        doc.list(summary)
        let figures = Dictionary(dashboard.areas.map { ($0.area, $0) }, uniquingKeysWith: { first, _ in first })
        doc.table(ReportDocument.Table(
            header: [strings[.detailArea], strings[.columnGoals], strings[.columnProgress], strings[.columnOverdue]],
            rows: areas.map { area in
                let figure = figures[area.id]
                return [reading.reportName(area), String(figure?.goals.count ?? 0), "\(figure?.progress ?? 0)%", String(figure?.overdue.count ?? 0)]
            }, alignRight: [1, 2, 3], rowHeader: 0, noWrap: [2]))
        let bars = areas.map { (LanguageSpan.plain(reading.reportName($0)), figures[$0.id]?.progress ?? 0) }
        let description = strings.format(.reportBarsDescription, bars.map { "\($0.0) \($0.1)%" }.joined(separator: ", "))
        doc.blocks.append(.chart(html: SVGCharts.bars(bars, title: strings[.columnProgress], description: description, id: "chart-areas")))
        if area == nil, dashboard.burnUp.count > 1 { burnUp(dashboard.burnUp, &doc) }
    }

    /// The burn-up: a chart with its legend, and its figures at the end of each month.
    private func burnUp(_ points: [Dashboard.BurnUpPoint], _ doc: inout ReportDocument) {
        guard let first = points.first, let last = points.last else { return }
        doc.heading(3, strings[.reportBurnUp])
        let description = strings.format(.reportBurnUpDescription, DateText.day(first.day, language), DateText.day(last.day, language),
                                         first.total, last.total, first.achieved, last.achieved)
        let total = strings[.reportBurnUpTotal]
        let achieved = strings[.reportBurnUpAchieved]
        doc.blocks.append(.chart(html: SVGCharts.burnUp(points, title: strings[.reportBurnUp], description: description,
                                                        id: "chart-burn-up", language: language)
                                       + SVGCharts.legend(total: total, achieved: achieved)))
        // The last point of each month, and the very last.
        let monthly = points.enumerated().filter { index, point in
            index == points.count - 1 || points[index + 1].day.month != point.day.month
        }.map(\.element)
        doc.table(ReportDocument.Table(
            header: [strings[.columnDate], total.capitalizingFirstLetter, achieved.capitalizingFirstLetter],
            rows: monthly.map { [DateText.day($0.day, language), String($0.total), String($0.achieved)] },
            alignRight: [1, 2], rowHeader: 0, noWrap: [0]))
    }

    /// Per area, a table of its goals in outline order: one card per goal on a phone.
    private func goalTables(_ dashboard: Dashboard, _ doc: inout ReportDocument) {
        let overdue = Set(dashboard.areas.flatMap(\.overdue))
        let latest = agenda.latestReviews
        let reading = reading
        let orgs = Dictionary(agenda.organizations.map { ($0.id, reading.name($0)) }, uniquingKeysWith: { first, _ in first })
        let outline = GoalOutline.rows(of: agenda)
        let redaction = redaction
        for area in areas {
            doc.heading(2, reading.reportName(area))
            let rows = outline.filter { agenda.goals[$0.index].area == area.id }
            guard !rows.isEmpty else {
                doc.paragraph(strings[.noGoals])
                continue
            }
            doc.table(ReportDocument.Table(
                header: [strings[.columnID], strings[.columnTitle], strings[.columnStatus], strings[.columnOwners],
                         strings[.columnOrganizations], strings[.columnProgress], strings[.columnDue], strings[.reportLastReview]],
                rows: rows.map { row in
                    let goal = agenda.goals[row.index]
                    let review = latest[goal.id].map {
                        DateText.day($0.date, language) + " " + Labels.health($0.health, strings)
                            + ($0.comment.isEmpty ? "" : " — " + redaction.text($0.comment))
                    } ?? ""
                    let due = goal.due.map { DateText.day($0, language) + (overdue.contains(goal.id) ? " (" + strings[.overdue] + ")" : "") } ?? ""
                    return [goal.id, String(repeating: "· ", count: row.depth) + redaction.text(reading.reportTitle(goal)),
                            Labels.symbol(goal.status) + " " + Labels.status(goal.status, strings),
                            goal.owners.joined(separator: ", "), goal.organizations.map { orgs[$0] ?? $0 }.joined(separator: ", "),
                            "\(goal.progress)%", due, review]
                },
                alignRight: [5], layout: .cards, rowHeader: 1, bar: 5, noWrap: [0, 5]))
        }
    }

    /// What changed since the day: the net change of each field of each goal (a change undone is none),
    /// the reviews and the goals deleted, newest first.
    private func changes(_ doc: inout ReportDocument) {
        guard let since else { return }
        doc.heading(2, strings.format(.reportChangesSince, DateText.day(since, language)))
        let redaction = redaction
        let words = ChangeWords(agenda, strings, redaction: redaction)
        let filter = Activity.Filter(since: since, area: area)
        func who(_ people: [String]) -> String {
            let shown = people.compactMap(redaction.person)
            return shown.isEmpty ? "—" : shown.joined(separator: ", ")
        }
        var rows: [(time: Date, row: [String])] = NetChange.changes(agenda, filter: filter).map { net in
            (net.time, [DateText.day(Day(net.time), language), who(net.people), net.goal, words.describe(net)])
        }
        for entry in Activity(agenda, filter: Activity.Filter(since: since, area: area, kinds: [.review])).entries {
            guard let review = entry.review, let goal = entry.goal else { continue }
            rows.append((entry.time, [DateText.day(Day(entry.time), language), who([entry.by]), goal, words.describe(review)]))
        }
        let activityWords = ActivityWords(agenda, strings, redaction: redaction)
        for entry in Activity.deletions(agenda, filter: filter) {
            rows.append((entry.time, [DateText.day(Day(entry.time), language), who([entry.by]), entry.goal ?? "",
                                      activityWords.describe(entry)]))
        }
        guard !rows.isEmpty else {
            doc.paragraph(strings[.reportNoChanges])
            return
        }
        let sorted = rows.enumerated().sorted { a, b in
            a.element.time != b.element.time ? a.element.time > b.element.time : a.offset < b.offset
        }.map(\.element.row)
        doc.table(ReportDocument.Table(header: [strings[.columnDate], strings[.reportWho], strings[.columnID], strings[.reportChange]],
                                       rows: sorted, layout: .cards, rowHeader: 2, noWrap: [0, 2]))
    }
}
