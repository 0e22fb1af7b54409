import AgendaModel
import Testing
import TestSupport

/// Progress rolled up from sub-goals, and counts by area, organization and country.
@Suite struct RollupTests {
    @Test func parentsTakeTheMeanOfTheirSubGoals() {
        var agenda = Fixtures.agenda()
        // G-0001 > G-0002 > G-0003 (achieved). G-0002 has one child: 100. G-0001 has one child G-0002: 100.
        var rollup = Rollup(agenda)
        #expect(rollup.progress(of: "G-0003") == 100)
        #expect(rollup.progress(of: "G-0002") == 100)
        #expect(rollup.progress(of: "G-0001") == 100)
        #expect(rollup.progress(of: "G-0004") == 10)
        agenda.goals.append(Goal(id: "G-0006", title: "Second step", area: "leadership", progress: 25, parent: "G-0002",
                                 createdAt: Fixtures.time))
        agenda.goals.append(Goal(id: "G-0007", title: "Dropped step", area: "leadership", status: .dropped, progress: 0,
                                 parent: "G-0002", createdAt: Fixtures.time))
        rollup = Rollup(agenda)
        #expect(rollup.progress(of: "G-0002") == 63)  // (100 + 25) / 2 rounded; the dropped one does not count
        #expect(rollup.progress(of: "G-0001") == 63)
    }

    /// Found by the loader's fuzz target: the interface rolls an agenda up as soon as it is read, before
    /// validation; a progress of Int.max made the mean of a parent trap, and a sum of two overflow.
    @Test func progressOutOfRangeIsHeldToZeroToAHundredInRollUps() {
        var agenda = Fixtures.agenda()
        // G-0004 becomes the parent of two sub-goals at the extremes of Int.
        agenda.goals.append(Goal(id: "G-0006", title: "Huge", area: "leadership", progress: .max, parent: "G-0004",
                                 createdAt: Fixtures.time))
        agenda.goals.append(Goal(id: "G-0007", title: "Huge too", area: "leadership", progress: .max, parent: "G-0004",
                                 createdAt: Fixtures.time))
        agenda.goals.append(Goal(id: "G-0008", title: "Negative", area: "vote-abroad", progress: .min, createdAt: Fixtures.time))
        #expect(!agenda.validate().isEmpty)
        let rollup = Rollup(agenda)
        #expect(rollup.progress(of: "G-0004") == 100)
        #expect(rollup.progress(of: "G-0006") == 100)
        #expect(rollup.progress(of: "G-0008") == 0)
        #expect(Rollup.byArea(agenda, rollup: rollup).map(\.progress) == [100, 0])
        // Six goals at 100 (G-0001 to G-0004 rolled up, G-0006, G-0007), G-0005 and G-0008 at 0.
        #expect(rollup.summary(key: "all", goals: agenda.goals).progress == 75)
    }

    @Test func countsAndProgressByArea() {
        let summaries = Rollup.byArea(Fixtures.agenda())
        #expect(summaries.map(\.key) == ["leadership", "vote-abroad"])
        let leadership = summaries[0]
        #expect(leadership.total == 4)
        #expect(leadership.count(.active) == 2)
        #expect(leadership.count(.achieved) == 1)
        #expect(leadership.count(.blocked) == 1)
        #expect(leadership.progress == 55)  // top goals G-0001 (rolled 100) and G-0004 (10)
        #expect(summaries[1].total == 1)
        #expect(summaries[1].progress == 0)
    }

    /// An action item recorded in a meeting is a sub-goal at 0%: until it has progress of its own it does
    /// not pull its goal, its area or its organization down; from its first progress on it counts.
    @Test func anActionItemCountsOnlyOnceItHasProgress() throws {
        var agenda = Fixtures.agenda()
        // G-0004 (10%, leadership, alianza) gets an action item under it, and one is a top goal of its own.
        agenda.goals.append(Goal(id: "G-ACT1", title: "Send the letter", area: "leadership", organizations: ["alianza"],
                                 status: .active, parent: "G-0004", createdAt: Fixtures.time,
                                 origin: GoalOrigin(session: "S-0001", item: "I-1")))
        agenda.goals.append(Goal(id: "G-ACT2", title: "Call the consulate", area: "leadership", status: .active,
                                 createdAt: Fixtures.time, origin: GoalOrigin(session: "S-0001", item: "I-2")))
        var rollup = Rollup(agenda)
        #expect(rollup.progress(of: "G-0004") == 10)
        #expect(Rollup.byArea(agenda, rollup: rollup)[0].progress == 55)
        #expect(Rollup.byOrganization(agenda)[0].progress == 100)  // G-0001 alone, not (100 + 0) / 2
        #expect(rollup.isNotStartedActionItem(try #require(agenda.goal("G-ACT1"))))
        #expect(!rollup.counts(try #require(agenda.goal("G-ACT2"))))
        #expect(Dashboard(agenda, today: Day("2026-11-29")!).areas[0].notStarted == ["G-ACT1", "G-ACT2"])
        // A goal that is not an action item counts at 0%, as before.
        #expect(!rollup.isNotStartedActionItem(try #require(agenda.goal("G-0005"))))

        // Started: the action item counts, as any sub-goal does.
        let index = try #require(agenda.goalIndex("G-ACT1"))
        agenda.goals[index].progress = 30
        rollup = Rollup(agenda)
        #expect(rollup.progress(of: "G-0004") == 30)
        #expect(!rollup.isNotStartedActionItem(agenda.goals[index]))
        #expect(Dashboard(agenda, today: Day("2026-11-29")!).areas[0].notStarted == ["G-ACT2"])
        // Achieved with no progress set: it counts at 100.
        let top = try #require(agenda.goalIndex("G-ACT2"))
        agenda.goals[top].status = .achieved
        rollup = Rollup(agenda)
        #expect(Rollup.byArea(agenda, rollup: rollup)[0].progress == 77)  // (100 + 30 + 100) / 3
    }

    @Test func countsByOrganizationAndCountry() {
        let byOrg = Rollup.byOrganization(Fixtures.agenda())
        #expect(byOrg.map(\.key) == ["alianza", "michoacan-congress", "diocesis"])
        #expect(byOrg.map(\.total) == [1, 1, 0])
        let byCountry = Rollup.byCountry(Fixtures.agenda())
        #expect(byCountry.map(\.key) == ["MX", "US"])
        #expect(byCountry.map(\.total) == [1, 1])
    }
}
