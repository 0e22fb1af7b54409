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
        #expect(menu.items.map(\.label).first == "Leadership and organizational strength: all 6 goals")
        #expect(menu.items.contains { $0.label == "Leadership and organizational strength: 1 overdue" })
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

    @Test func theRepresentationFigureCountsTheGoalsWithNoAfroLatinoOrIndigenousOrganization() throws {
        var state = TUI.state(width: 100, height: 60)
        TUI.press([.character("4")], &state)
        let dashboard = Dashboard(TUI.sample, today: TUI.today)
        #expect(TUI.screen(state).contains("\(dashboard.unrepresentedGoals.count) open goals and 0 sessions with no Afro-Latino or indigenous organization"))
        // Move to that line: it is the first after the grid's rows.
        let lines = DashboardLines.build(TUI.sample, state, Theme(hasColor: false), width: 98)
        let selectable = lines.indices.filter { !lines[$0].targets.isEmpty }
        let target = try #require(selectable.firstIndex { lines[$0].spans.first?.text.contains("open goals and") == true })
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
                                         today: TUI.today)])
    }
}
