import AgendaModel
import Foundation
import Testing
import TestSupport

/// Every figure of the dashboard against an agenda computed by hand.
@Suite struct DashboardTests {
    /// Day `n` of January 2026, at noon UTC.
    func jan(_ day: Int) -> Date { Timestamp.parse("2026-01-\(day < 10 ? "0" : "")\(day)T12:00:00Z")! }

    /// Four goals with known histories:
    /// - G-0001 (leadership, MX national, Alianza: afro-latino) created Jan 1, achieved Jan 10;
    /// - G-0002 (leadership, MX state, no org) created Jan 1, achieved Jan 5, reopened Jan 12;
    /// - G-0004 (leadership, US, the dioceses: indigenous) created Jan 8, due Jan 20, untouched since;
    /// - G-0005 (vote-abroad, MX state, Michoacán congress) created Jan 15, dropped.
    func agenda() -> Agenda {
        var agenda = Fixtures.agenda()
        func goal(_ id: String, _ area: String, created: Int, countries: [String], level: GovernmentLevel?, orgs: [String],
                  status: GoalStatus, progress: Int, due: Day? = nil, changes: [(Int, String, String)]) -> Goal {
            var history = [Change(time: jan(created), by: "Comité", field: "created", to: id)]
            for (day, from, to) in changes {
                history.append(Change(time: jan(day), by: day == 12 ? "Lucía" : "Comité", field: "status", from: from, to: to))
            }
            return Goal(id: id, title: "Goal \(id)", area: area, organizations: orgs, status: status, progress: progress, due: due,
                        countries: countries, level: level, history: history, createdAt: jan(created),
                        updatedAt: history.last!.time)
        }
        agenda.goals = [
            goal("G-0001", "leadership", created: 1, countries: ["MX"], level: .national, orgs: ["alianza"], status: .achieved,
                 progress: 100, changes: [(10, "active", "achieved")]),
            goal("G-0002", "leadership", created: 1, countries: ["MX"], level: .state, orgs: [], status: .active, progress: 40,
                 changes: [(5, "active", "achieved"), (12, "achieved", "active")]),
            goal("G-0004", "leadership", created: 8, countries: ["US"], level: nil, orgs: ["diocesis"], status: .active,
                 progress: 20, due: Day("2026-01-20"), changes: []),
            goal("G-0005", "vote-abroad", created: 15, countries: ["MX"], level: .state, orgs: ["michoacan-congress"],
                 status: .dropped, progress: 0, changes: [(16, "proposed", "dropped")]),
        ]
        agenda.reviews = [Review(goal: "G-0002", reviewer: "Ana", date: Day("2026-01-25")!, health: .atRisk)]
        agenda.sessions = [
            Session(id: "S-1", title: "Con Alianza", date: Day("2026-01-10")!, attendance: Attendance(organizations: ["alianza"])),
            Session(id: "S-2", title: "Sin nadie", date: Day("2026-01-11")!, attendance: Attendance(organizations: ["michoacan-congress"])),
        ]
        return agenda
    }

    let today = Day("2026-02-20")!

    @Test func areaFigures() {
        let dashboard = Dashboard(agenda(), today: today, staleDays: 30)
        let leadership = dashboard.areas[0]
        #expect(leadership.goals == ["G-0001", "G-0002", "G-0004"])
        #expect(leadership.counts[.achieved] == 1 && leadership.counts[.active] == 2)
        #expect(leadership.progress == 53)  // (100 + 40 + 20) / 3, rounded
        #expect(leadership.overdue == ["G-0004"])
        #expect(leadership.stale == ["G-0002", "G-0004"])  // last changed Jan 12 and Jan 8: before Jan 21
        #expect(leadership.communities == ["afro-latino", "dominican", "indigenous"])
        #expect(leadership.unrepresented == ["G-0002"])
        #expect(dashboard.areas[1].overdue.isEmpty && dashboard.areas[1].unrepresented.isEmpty)
    }

    @Test func staleCountsGoalsNotUpdatedForTheDays() {
        // Jan 12 is 39 days before Feb 20 and Jan 8 is 43: both stale at 30 days, only G-0004 at 41.
        #expect(Dashboard(agenda(), today: today, staleDays: 30).areas[0].stale == ["G-0002", "G-0004"])
        let lenient = Dashboard(agenda(), today: today, staleDays: 41)
        #expect(lenient.areas[0].stale == ["G-0004"])
    }

    @Test func burnUpFollowsTheHistory() {
        let points = Dashboard(agenda(), today: Day("2026-01-21")!).burnUp
        // Weeks end Jan 7, 14, 21.
        #expect(points.map(\.day.description) == ["2026-01-07", "2026-01-14", "2026-01-21"])
        #expect(points.map(\.total) == [2, 3, 4])
        // Jan 7: G-0002 achieved (Jan 5). Jan 14: G-0001 achieved, G-0002 reopened. Jan 21: the same.
        #expect(points.map(\.achieved) == [1, 1, 1])
    }

    @Test func countryByLevelGrid() {
        let dashboard = Dashboard(agenda(), today: today)
        #expect(dashboard.countries == ["MX", "US"])
        #expect(dashboard.levels == ["national", "state", ""])
        #expect(dashboard.grid["MX"]?["national"]?.goals == ["G-0001"])
        #expect(dashboard.grid["MX"]?["state"]?.goals == ["G-0002", "G-0005"])
        #expect(dashboard.grid["MX"]?["state"]?.progress == 40)  // the dropped goal does not count
        #expect(dashboard.grid["US"]?[""]?.goals == ["G-0004"])
    }

    @Test func representationFlagsGoalsAndSessions() {
        let dashboard = Dashboard(agenda(), today: today)
        #expect(dashboard.unrepresentedGoals == ["G-0002"])
        #expect(dashboard.unrepresentedSessions == ["S-2"])
    }

    @Test func organizationFigures() {
        let dashboard = Dashboard(agenda(), today: today)
        let byID = Dictionary(dashboard.organizations.map { ($0.organization, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(byID["alianza"]?.linked == ["G-0001"] && byID["alianza"]?.achieved == ["G-0001"])
        #expect(byID["diocesis"]?.overdue == ["G-0004"])
        #expect(byID["michoacan-congress"]?.linked == ["G-0005"])
    }

    @Test func unreviewedGoals() {
        let dashboard = Dashboard(agenda(), today: today, reviewedSince: Day("2026-01-20")!)
        #expect(dashboard.unreviewed == ["G-0004"])
        let strict = Dashboard(agenda(), today: today, reviewedSince: Day("2026-02-01")!)
        #expect(strict.unreviewed == ["G-0002", "G-0004"])
    }

    @Test func activityIsNewestFirstAndFilters() throws {
        let agenda = agenda()
        let all = Activity(agenda, filter: Activity.Filter())
        // Ana's review of Jan 25 (a day with no time: its start) is the newest, then the history.
        let review = try #require(all.entries.first)
        #expect(review.goal == "G-0002" && review.review?.health == .atRisk && review.by == "Ana")
        #expect(review.kind == .review && review.time == Date(timeIntervalSince1970: 1_769_299_200))
        #expect(all.entries.dropFirst().first?.time == jan(16))
        // Nine changes and reviews, and each session planned for its day with its attendance.
        #expect(all.entries.count == 13)
        #expect(all.entries.filter { $0.kind == .session }.map(\.session) == ["S-2", "S-2", "S-1", "S-1"])
        let goalsOnly: Set<Activity.Kind> = [.change, .review]
        let since = Activity(agenda, filter: Activity.Filter(since: Day("2026-01-10"), kinds: goalsOnly))
        #expect(since.entries.map(\.goal) == ["G-0002", "G-0005", "G-0005", "G-0002", "G-0001"])
        #expect(Activity(agenda, filter: Activity.Filter(person: "lucia")).entries.map(\.goal) == ["G-0002"])
        #expect(Activity(agenda, filter: Activity.Filter(person: "ana")).entries.map(\.goal) == ["G-0002"])
        // A name is matched whole: "Comité" is not "Comité de Finanzas".
        #expect(Activity(agenda, filter: Activity.Filter(person: "comit")).entries.isEmpty)
        #expect(Activity(agenda, filter: Activity.Filter(organization: "alianza", kinds: goalsOnly)).entries.map(\.goal)
            == ["G-0001", "G-0001"])
        // A session attended by the organization passes its filter; one on no goal of the area does not pass an area's.
        #expect(Activity(agenda, filter: Activity.Filter(organization: "alianza", kinds: [.session])).entries.map(\.session)
            == ["S-1", "S-1"])
        #expect(Activity(agenda, filter: Activity.Filter(area: "vote-abroad", kinds: [.session])).entries.isEmpty)
        #expect(Activity(agenda, filter: Activity.Filter(area: "vote-abroad")).entries.count == 2)
        #expect(Activity(agenda, filter: Activity.Filter(kinds: [.review])).entries.map(\.goal) == ["G-0002"])
        #expect(Activity.people(agenda) == ["Ana", "Comité", "Lucía"])
    }
}
