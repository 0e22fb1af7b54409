import AgendaLocalization
import AgendaModel
import Foundation

/// The progress report for people who never open a terminal: a summary, then per area a table of
/// goals with status, owners, organizations, progress, due date and last review, then the changes
/// since a day. In the interface's language; with `isPrivate`, people's names other than owners are
/// left out (contact details never appear).
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

    public func document() -> ReportDocument {
        let language = strings.language
        let dashboard = Dashboard(agenda, today: today)
        let covered = Set(goals.map(\.id))
        let areas = agenda.areas.filter { area == nil || $0.id == area }
        var doc = ReportDocument(title: strings.format(.reportTitle, agenda.title), language: language.rawValue)
        // Summary.
        doc.heading(2, strings[.reportSummary])
        doc.paragraph(strings.format(.reportAsOf, DateText.day(today, language)))
        // "active 34" rather than "34 active": the status word then needs no plural in any language.
        let counts = GoalStatus.known.map { status in
            Labels.status(status, strings) + " \(goals.filter { $0.status == status }.count)"
        }
        var summary = [strings.format(.reportGoalsCount, goals.count) + ": " + counts.joined(separator: ", ")]
        let overdue = dashboard.areas.flatMap(\.overdue).filter(covered.contains)
        let stale = dashboard.areas.flatMap(\.stale).filter(covered.contains)
        summary.append(strings.format(.reportOverdue, overdue.count))
        summary.append(strings.format(.reportStale, stale.count, dashboard.staleDays))
        summary.append(strings.format(.reportUnreviewed, dashboard.unreviewed.filter(covered.contains).count, dashboard.staleDays))
        summary.append(strings.format(.reportUnrepresented, dashboard.unrepresentedGoals.filter(covered.contains).count))
        doc.list(summary)
        let figures = Dictionary(dashboard.areas.map { ($0.area, $0) }, uniquingKeysWith: { first, _ in first })
        doc.table([strings[.detailArea], strings[.columnGoals], strings[.columnProgress], strings[.columnOverdue]],
                  areas.map { area in
                      let figure = figures[area.id]
                      return [area.name, String(figure?.goals.count ?? 0), "\(figure?.progress ?? 0)%",
                              String(figure?.overdue.count ?? 0)]
                  }, alignRight: [1, 2, 3])
        doc.blocks.append(.svg(SVGCharts.bars(areas.map { ($0.name, figures[$0.id]?.progress ?? 0) },
                                              title: strings[.columnProgress])))
        if area == nil, dashboard.burnUp.count > 1 {
            doc.blocks.append(.svg(SVGCharts.burnUp(dashboard.burnUp, title: strings[.reportBurnUp],
                                                    totalLabel: strings[.reportBurnUpTotal],
                                                    achievedLabel: strings[.reportBurnUpAchieved], language: language)))
        }
        // Per area, the goals.
        let latest = agenda.latestReviews
        let orgs = Dictionary(agenda.organizations.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let outline = GoalOutline.rows(of: agenda)
        for area in areas {
            doc.heading(2, area.name)
            let rows = outline.filter { agenda.goals[$0.index].area == area.id }
            guard !rows.isEmpty else {
                doc.paragraph(strings[.noGoals])
                continue
            }
            doc.table([strings[.columnID], strings[.columnTitle], strings[.columnStatus], strings[.columnOwners],
                       strings[.columnOrganizations], strings[.columnProgress], strings[.columnDue], strings[.reportLastReview]],
                      rows.map { row in
                          let goal = agenda.goals[row.index]
                          let review = latest[goal.id].map {
                              DateText.day($0.date, language) + " " + Labels.health($0.health, strings)
                                  + ($0.comment.isEmpty ? "" : " — " + $0.comment)
                          } ?? ""
                          let due = goal.due.map { DateText.day($0, language) + (overdue.contains(goal.id) ? " (" + strings[.overdue] + ")" : "") } ?? ""
                          return [goal.id, String(repeating: "· ", count: row.depth) + goal.title, Labels.status(goal.status, strings),
                                  goal.owners.joined(separator: ", "), goal.organizations.map { orgs[$0] ?? $0 }.joined(separator: ", "),
                                  "\(goal.progress)%", due, review]
                      }, alignRight: [5])
        }
        // Changes since a day.
        if let since {
            doc.heading(2, strings.format(.reportChangesSince, DateText.day(since, language)))
            let owners = Set(agenda.goals.flatMap(\.owners))
            let entries = Activity(agenda, filter: Activity.Filter(since: since, area: area)).entries
            if entries.isEmpty {
                doc.paragraph(strings[.reportNoChanges])
            } else {
                doc.table([strings[.columnDate], strings[.reportWho], strings[.columnID], strings[.reportChange]],
                          entries.map { entry in
                              let who = isPrivate && !owners.contains(entry.change.by) ? "—" : entry.change.by
                              return [DateText.day(Day(entry.change.time), language), who, entry.goal,
                                      ChangeWords.describe(entry, strings)]
                          })
            }
        }
        return doc
    }

    public func markdown() -> String { MarkdownRenderer.render(document()) }
    public func html() -> String { HTMLRenderer.render(document()) }

    /// One row per goal with every field, for spreadsheets.
    public func csv() -> String {
        GoalCSV.render(goals, reviews: agenda.latestReviews)
    }
}

/// A history entry in words, in the interface's language: `status: active → blocked`.
public enum ChangeWords {
    /// An activity entry in words: its change, or a review with its health and comment
    /// (`review: at risk — no funds for 2027`).
    public static func describe(_ entry: Activity.Entry, _ strings: Strings) -> String {
        guard let review = entry.review else { return describe(entry.change, strings) }
        let comment = review.comment.split(whereSeparator: \.isNewline).joined(separator: " ")
        return Labels.fieldName("review", strings) + ": " + Labels.health(review.health, strings)
            + (comment.isEmpty ? "" : " — " + comment)
    }

    public static func describe(_ change: Change, _ strings: Strings) -> String {
        let field = Labels.fieldName(change.field, strings)
        func value(_ text: String) -> String {
            if change.field == "status" { return Labels.status(GoalStatus(rawValue: text), strings) }
            let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
            return flat.count > 120 ? String(flat.prefix(119)) + "…" : flat
        }
        switch (change.field, change.from, change.to) {
        case ("created", _, let to): return strings[.historyCreated] + (to.map { " " + strings.format(.quoted, value($0)) } ?? "")
        case (_, nil, let to?): return field + ": + " + value(to)
        case (_, let from?, nil): return field + ": − " + value(from)
        case (_, let from?, let to?): return field + ": " + value(from) + " → " + value(to)
        case (_, nil, nil): return field
        }
    }
}
