import AgendaLocalization
import AgendaModel

/// A one-screen summary of an agenda, in the command line's language: counts by status, progress by
/// area, overdue goals.
///
/// Area names and goal titles read in that language (`Reading`), marked as `show` marks them. Text from
/// the file shows its control characters as visible escapes (`<U+001B>`), as in the tables.
struct AgendaSummary {
    let agenda: Agenda
    let today: Day
    /// The file the summary is of, for the hints at the end.
    var file: String?

    func render() -> String {
        let reading = Reading(agenda, strings)
        var lines: [String] = [agenda.title.escapingControls()]
        if !agenda.description.isEmpty {
            lines.append(agenda.description.split(whereSeparator: \.isNewline).joined(separator: " ").escapingControls())
        }
        lines.append("")
        let overdue = agenda.goals.filter { ($0.due.map { $0 < today } ?? false) && !$0.status.isClosed }
        let counts = GoalStatus.known.map { status in
            Labels.count(agenda.goals.filter { $0.status == status }.count, status, strings)
        }
        lines.append(strings.format(.reportGoalsCount, agenda.goals.count) + strings[.cliLabelColon] + " " + counts.joined(separator: ", ")
            + (overdue.isEmpty ? "" : "; " + strings.format(.reportOverdue, overdue.count)))
        lines.append("")
        var table = TextTable([
            .init(.detailArea, shrinks: true, minimum: 20), .init(.columnGoals, alignment: .right), .init(.columnProgress),
        ])
        let rollup = Rollup(agenda)
        for (area, summary) in zip(agenda.areas, Rollup.byArea(agenda, rollup: rollup)) {
            table.append([Reading.joined(reading.name(area)), String(summary.total), Self.bar(summary.progress) + " " + GoalText.progress(summary.progress)])
        }
        lines.append(table.render(width: Console.terminalWidth))
        let notStarted = agenda.goals.filter(rollup.isNotStartedActionItem).count
        if notStarted > 0 {
            lines.append(strings.format(.reportNotStarted, notStarted) + "\n")
        }
        if !overdue.isEmpty {
            lines.append(strings[.columnOverdue] + strings[.cliLabelColon])
            var late = TextTable([
                .init(.columnID), .init(.columnTitle, shrinks: true, minimum: 16), .init(.columnDue), .init(.columnStatus),
            ])
            for goal in overdue.sorted(by: { ($0.due!, $0.id) < ($1.due!, $1.id) }) {
                late.append([goal.id, Reading.joined(reading.title(goal)), GoalText.day(goal.due!), "\(GoalText.status(goal.status)), \(goal.progress)%"])
            }
            lines.append(late.render(width: Console.terminalWidth))
        }
        if let file {
            lines.append(strings.format(.cliSummaryMore, file, file))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A ten-cell progress bar: `██████░░░░`.
    static func bar(_ percent: Int) -> String {
        let filled = min(10, max(0, Int((Double(percent) / 10).rounded())))
        return String(repeating: "█", count: filled) + String(repeating: "░", count: 10 - filled)
    }
}
