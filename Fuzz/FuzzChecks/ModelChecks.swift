import AgendaModel

extension FuzzChecks {
    /// A fixed day for the figures that depend on today.
    static let today = Day(year: 2026, month: 6, day: 1)!

    /// What the interface and `list` build from an agenda as soon as it is read, before its problems
    /// are known: the goals' tree, the outline (every goal in it once, cycles included) and the roll-ups.
    static func uncheckedViews(of agenda: Agenda) throws(FuzzFailure) {
        let graph = GoalGraph(agenda.goals)
        let rows = GoalOutline.rows(of: agenda, graph: graph)
        var listed = [Int](repeating: 0, count: agenda.goals.count)
        for row in rows { listed[row.index] += 1 }
        try expect(
            rows.count == agenda.goals.count && listed.allSatisfy { $0 == 1 }, "the outline shows every goal once",
            "\(rows.count) rows for \(agenda.goals.count) goals")
        let rollup = Rollup(agenda, graph: graph)
        _ = Rollup.byArea(agenda, rollup: rollup)
    }

    /// What the reviewers' screens and reports compute from a valid agenda: roll-ups within 0-100 and
    /// the dashboard's figures.
    static func validViews(of agenda: Agenda) throws(FuzzFailure) {
        let rollup = Rollup(agenda)
        try expect(
            rollup.progressByIndex.allSatisfy { (0...100).contains($0) }, "rolled-up progress stays within 0-100",
            "\(rollup.progressByIndex)")
        for summary in Rollup.byArea(agenda, rollup: rollup) + Rollup.byOrganization(agenda) + Rollup.byCountry(agenda) {
            try expect((0...100).contains(summary.progress), "a summary's progress stays within 0-100", "\(summary)")
        }
        _ = Dashboard(agenda, today: today)
    }
}
