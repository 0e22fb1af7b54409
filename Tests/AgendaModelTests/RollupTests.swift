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

    @Test func countsByOrganizationAndCountry() {
        let byOrg = Rollup.byOrganization(Fixtures.agenda())
        #expect(byOrg.map(\.key) == ["alianza", "michoacan-congress", "diocesis"])
        #expect(byOrg.map(\.total) == [1, 1, 0])
        let byCountry = Rollup.byCountry(Fixtures.agenda())
        #expect(byCountry.map(\.key) == ["MX", "US"])
        #expect(byCountry.map(\.total) == [1, 1])
    }
}
