@testable import AgendaLocalization
import AgendaModel
@testable import AgendaTUI
import Foundation
import Testing
import TerminalWidgets
import TestSupport

/// The dashboard's figures lead to their goals; reviews and the activity view.
@Suite struct DashboardReducerTests {
    @Test func enterOnAFigureFiltersTheGoalsView() throws {
        var state = TUI.state(width: 100, height: 30)
        TUI.press([.character("4")], &state)
        #expect(state.keyContext == .dashboard)
        // The first line is the first area: its figures are offered in a menu.
        TUI.press([.enter], &state)
        guard case .menu(let menu)? = state.overlay else { Issue.record("no menu"); return }
        // Under the area's name, so the figures keep their room.
        #expect(menu.title == "The goals behind · Leadership and organizational strength")
        #expect(menu.items.map(\.label).first == "all 6 goals")
        #expect(menu.items.contains { $0.label == "1 overdue" })
        let overdue = try #require(menu.items.firstIndex { $0.label.hasSuffix("1 overdue") })
        TUI.press(Array(repeating: .down, count: overdue) + [.enter], &state)
        let screen = try #require(TUI.agendaScreen(state))
        #expect(screen.view == .goals)
        #expect(screen.goals.matching == 1)
        #expect(TUI.selectedTitle(state) == "Run a leadership school for migrant organizers")
        #expect(TUI.screen(state).contains("Filter: Leadership and organizational strength: 1 overdue"))
        TUI.press([.character("x")], &state)
        #expect(TUI.agendaScreen(state)?.goals.matching == TUI.sample.goals.count)
    }

    /// An action item recorded in a meeting is a sub-goal at 0%: the area it serves keeps its progress on
    /// the dashboard, and the area's figures list the action item apart until it is started.
    @Test func recordingAnActionItemInAMeetingDoesNotLowerTheAreasProgress() throws {
        var state = TUI.state(SessionFixtures.agenda(), width: 100, height: 30)
        state.now = Fixtures.time
        TUI.press([.character("4")], &state)
        // Leadership: G-0001 (100% from its sub-goals) and G-0004 (10%).
        #expect(TUI.screen(state).contains("55%"), "\(TUI.screen(state))")
        TUI.press([.character("3"), .character("L"), .character(" ")], &state)
        TUI.press([.character("t")], &state)
        TUI.type("Carta al Congreso", &state)
        TUI.press([.control("s")], &state)
        let screen = try #require(TUI.agendaScreen(state))
        let action = try #require(screen.agenda.session("S-0001")?.items[0].actions.first)
        #expect(screen.agenda.goal(action)?.parent == "G-0001")
        #expect(screen.document.index.areaSummary["leadership"]?.progress == 55)
        #expect(screen.document.index.rollup.progress(of: "G-0001") == 100)
        TUI.press([.escape, .character("4")], &state)
        #expect(TUI.screen(state).contains("55%"), "\(TUI.screen(state))")
        TUI.press([.enter], &state)
        guard case .menu(let menu)? = state.overlay else { Issue.record("no menu"); return }
        #expect(menu.items.map(\.label).last == "1 action item not started, not counted yet")
        TUI.press([.escape, .character("?")], &state)
        #expect(TUI.screen(state).contains("How progress adds up"), "\(TUI.screen(state))")
        TUI.press([.escape], &state)
        // The goal's detail lists it apart from the sub-goals that count.
        TUI.press([.character("1")], &state)
        GoalsFeature.refreshRows(&state.agenda!, keeping: "goal:G-0001")
        TUI.press([.character("v")], &state)
        let detail = TUI.screen(state)
        #expect(detail.contains("Action items not started, not counted in progress yet\n"), "\(detail)")
        #expect(detail.contains(action + " Carta al Congreso 0%"), "\(detail)")
        TUI.press([.escape], &state)
        // Once started, it counts: G-0001 is the mean of its school (100%) and the letter (50%).
        GoalsFeature.refreshRows(&state.agenda!, keeping: "goal:" + action)
        #expect(TUI.selectedTitle(state) == "Carta al Congreso")
        TUI.press([.character("+"), .character("+"), .character("+"), .character("+"), .character("+")], &state)
        #expect(TUI.agendaScreen(state)?.document.index.rollup.progress(of: "G-0001") == 75)
        #expect(TUI.agendaScreen(state)?.document.index.areaSummary["leadership"]?.progress == 43)
    }

    @Test func theRepresentationFigureCountsTheGoalsWithNoAfroLatinoOrIndigenousOrganization() throws {
        var state = TUI.state(width: 100, height: 60)
        TUI.press([.character("4")], &state)
        let dashboard = Dashboard(TUI.sample, today: TUI.today)
        // The sample has no sessions yet, so the line speaks of goals only.
        #expect(TUI.screen(state).contains("\(dashboard.unrepresentedGoals.count) open goals with no Afro-Latino or indigenous organization"))
        // Move to that line: it is the first after the grid's rows.
        let rows = DashboardRows.build(TUI.sample, today: state.today, state.strings, width: 98)
        let selectable = rows.indices.filter { !rows[$0].targets.isEmpty }
        let target = try #require(selectable.firstIndex {
            DashboardView.spans(rows[$0].content, state.strings, Theme(hasColor: false)).first?.text.contains("open goals with no") == true
        })
        TUI.press(Array(repeating: .down, count: target) + [.enter], &state)
        #expect(TUI.agendaScreen(state)?.goals.matching == dashboard.unrepresentedGoals.count)
    }

    @Test func rRecordsAReviewThatTheDashboardCounts() throws {
        var state = TUI.state(width: 100, height: 30)
        state.who = "Revisora"
        TUI.press([.down, .character("r")], &state)
        #expect(state.keyContext == .form)
        TUI.press([.right], &state)  // at risk
        TUI.press([.tab], &state)
        TUI.type("Sin fondos para 2027", &state)
        TUI.press([.enter], &state)  // Enter on the last field saves
        let review = try #require(TUI.agendaScreen(state)?.document.agenda.reviews.last)
        #expect(review.goal == "G-SEYX" && review.health == .atRisk && review.reviewer == "Revisora")
        #expect(review.comment == "Sin fondos para 2027" && review.date == TUI.today)
        let before = Dashboard(TUI.sample, today: TUI.today).unreviewed.count
        #expect(Dashboard(TUI.agendaScreen(state)!.document.agenda, today: TUI.today).unreviewed.count == before - 1)
        #expect(state.message == "Reviewed G-SEYX: at risk")
        // The goal's detail shows the review under its own heading.
        TUI.press([.character("v"), .pageDown], &state)
        let detail = TUI.screen(state)
        #expect(detail.contains("Reviews"), "\(detail)")
        #expect(detail.contains("at risk · \(DateText.day(TUI.today, .english)) · Revisora"), "\(detail)")
        #expect(detail.contains("Sin fondos para 2027"), "\(detail)")
        // The dashboard counts it as at risk, and the figure leads to it.
        TUI.press([.escape, .character("4")], &state)
        _ = Reducer.reduce(&state, .input(.resize(width: 100, height: 80)))
        #expect(TUI.screen(state).contains("on track 0  ·  at risk 1  ·  off track 0"), "\(TUI.screen(state))")
        // The next review starts from what this one said; undoing one names it.
        TUI.press([.character("1"), .character("r")], &state)
        #expect(TUI.agendaScreen(state)?.form?.field("health")?.text == "at-risk")
        TUI.press([.escape], &state)
        TUI.press([.character("u")], &state)
        #expect(state.message == "Undid: review of G-SEYX: + at risk", "\(state.message ?? "")")
        #expect(TUI.agendaScreen(state)?.document.agenda.reviews.isEmpty == true)
    }

    @Test func activityListsChangesNewestFirstAndFilters() throws {
        var state = TUI.state(width: 120, height: 40)
        TUI.press([.character("5")], &state)
        #expect(state.keyContext == .activity)
        let all = Activity(TUI.sample, filter: Activity.Filter()).entries
        #expect(TUI.screen(state).contains("\(all.count) changes"))
        TUI.press([.character("f"), .enter], &state)  // since
        TUI.press([.control("u")], &state)
        TUI.type("2026-11-01", &state)
        TUI.press([.enter], &state)
        let since = Activity(TUI.sample, filter: Activity.Filter(since: Day("2026-11-01"))).entries
        #expect(TUI.screen(state).contains("\(since.count) changes · Filter: since Nov 1, 2026"))
        TUI.press([.character("f"), .down, .down, .down, .enter, .down, .enter], &state)  // the first area
        let area = TUI.sample.areas[0]
        let both = Activity(TUI.sample, filter: Activity.Filter(since: Day("2026-11-01"), area: area.id)).entries
        #expect(TUI.agendaScreen(state)?.activity.filter.area == area.id)
        #expect(TUI.screen(state).contains("\(both.count) changes"))
        TUI.press([.character("x")], &state)
        #expect(TUI.screen(state).contains("\(all.count) changes"))
        // Enter shows the goal of the change.
        TUI.press([.enter], &state)
        #expect(TUI.agendaScreen(state)?.view == .goals)
        #expect(TUI.agendaScreen(state)?.goals.matching == 1)
    }

    @Test func rWritesAReportBesideTheAgenda() {
        var state = TUI.state(width: 100, height: 30)
        TUI.press([.character("4"), .character("R")], &state)
        let effects = TUI.press([.down, .enter], &state)
        #expect(effects == [.writeReport(path: "Agendas/hemispheric-agenda.json", format: "html", language: .english,
                                         today: TUI.today, agenda: TUI.sample)])
    }
}

/// Goals and sessions with no Afro-Latino or indigenous organization carry a flag where they are shown.
struct RepresentationFlagTests {
    func text(_ lines: [StyledLine]) -> String { lines.map { $0.map(\.text).joined() }.joined(separator: "\n") }

    @Test func aGoalIsFlaggedInItsDetailWhenNoneOfItsOrganizationsServesTheCommunities() throws {
        let state = TUI.state(width: 100, height: 30)
        let document = Document(path: "sample.json", agenda: TUI.sample)
        let dashboard = Dashboard(TUI.sample, today: TUI.today)
        let flagged = try #require(TUI.sample.goals.firstIndex { $0.id == dashboard.unrepresentedGoals.first })
        let flaggedText = text(GoalDetail.lines(flagged, document, state.shell, Theme(hasColor: false), width: 80))
        #expect(flaggedText.contains("⚑ No Afro-Latino or indigenous organization works on this goal."))
        let represented = try #require(TUI.sample.goals.firstIndex {
            !$0.status.isClosed && !dashboard.unrepresentedGoals.contains($0.id)
        })
        let representedText = text(GoalDetail.lines(represented, document, state.shell, Theme(hasColor: false), width: 80))
        #expect(!representedText.contains("⚑"))
        // Each organization says whom it serves.
        #expect(representedText.contains("serves: "), "\(representedText)")
    }

    @Test func aSessionIsFlaggedInItsPlanWhenNoAttendingOrganizationServesTheCommunities() throws {
        let state = TUI.state(width: 100, height: 30)
        var agenda = SessionFixtures.agenda()
        let served = text(PlanView.lines(agenda.sessions[0], Document(path: "a.json", agenda: agenda), state.shell,
                                         Theme(hasColor: false), width: 80, selected: nil))
        #expect(!served.contains("⚑"))
        agenda.sessions[0].attendance.organizations = ["michoacan-congress"]
        let unserved = text(PlanView.lines(agenda.sessions[0], Document(path: "a.json", agenda: agenda), state.shell,
                                           Theme(hasColor: false), width: 80, selected: nil))
        #expect(unserved.contains("⚑ No Afro-Latino or indigenous organization attends this session."), "\(unserved)")
        #expect(Dashboard(agenda, today: TUI.today).unrepresentedSessions == ["S-0001"])
    }
}

/// The goals view shows the goals not reviewed since a day.
struct NotReviewedFilterTests {
    @Test func theFilterMenuAsksForADayAndShowsTheGoalsNotReviewedSince() throws {
        var agenda = TUI.sample
        let reviewed = agenda.goals[1].id
        try agenda.apply(.addReview(Review(goal: reviewed, reviewer: "Ana", date: TUI.today.adding(days: -3), health: .onTrack)),
                         by: "Ana", at: Fixtures.time)
        var state = TUI.state(agenda, width: 100, height: 30)
        TUI.press([.character("f")], &state)
        guard case .menu(let menu)? = state.overlay else { Issue.record("no filter menu"); return }
        let item = try #require(menu.items.firstIndex { $0.label == "Not reviewed since: any" })
        TUI.press(Array(repeating: .down, count: item) + [.enter], &state)
        guard case .prompt(let prompt)? = state.overlay else { Issue.record("no prompt"); return }
        // The prompt starts at the dashboard's day, thirty days ago.
        #expect(prompt.text.text == TUI.today.adding(days: -30).description)
        TUI.press([.enter], &state)
        // The same goals as the dashboard counts: open ones, less the one reviewed three days ago.
        let dashboard = Dashboard(agenda, today: TUI.today)
        #expect(TUI.agendaScreen(state)?.goals.matching == dashboard.unreviewed.count)
        #expect(dashboard.unreviewed.count == agenda.goals.filter { !$0.status.isClosed }.count - 1)
        #expect(TUI.screen(state).contains("Not reviewed since " + DateText.day(TUI.today.adding(days: -30), .english)))
        // A day typed replaces the one proposed; a day that is not one is refused, and the prompt stays.
        TUI.press([.character("f")], &state)
        TUI.press(Array(repeating: .down, count: item) + [.enter], &state)
        TUI.type("2026-02-30", &state)
        if case .prompt(let typed)? = state.overlay { #expect(typed.text.text == "2026-02-30") }
        TUI.press([.enter], &state)
        #expect(state.message == Strings(.english)[.problemDate])
        guard case .prompt? = state.overlay else { Issue.record("the prompt closed"); return }
        // An empty answer drops the criterion.
        TUI.press(Array(repeating: .backspace, count: 10) + [.enter], &state)
        #expect(TUI.agendaScreen(state)?.goals.matching == agenda.goals.count)
    }
}
