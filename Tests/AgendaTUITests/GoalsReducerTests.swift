@testable import AgendaLocalization
import AgendaModel
@testable import AgendaTUI
import Testing
import TerminalWidgets
import TestSupport

/// The goals view driven by scripts of messages.
@Suite struct GoalsReducerTests {
    @Test func movingKeepsTheSelectionInTheList() throws {
        var state = TUI.state()
        let count = try #require(TUI.agendaScreen(state)).goals.rows.count
        TUI.press([.character("j"), .down], &state)
        #expect(TUI.agendaScreen(state)?.goals.selection == 2)
        TUI.press([.character("k")], &state)
        #expect(TUI.agendaScreen(state)?.goals.selection == 1)
        TUI.press([.character("G")], &state)
        let bottom = try #require(TUI.agendaScreen(state))
        #expect(bottom.goals.selection == count - 1)
        let height = ScreenLayout(size: state.size).listBody.height
        #expect(bottom.goals.viewport.visible(height: height, count: count).contains(count - 1))
        TUI.press([.down], &state)
        #expect(TUI.agendaScreen(state)?.goals.selection == count - 1)
        TUI.press([.character("g"), .pageDown], &state)
        #expect(TUI.agendaScreen(state)?.goals.selection == height - 1)
        TUI.press([.home, .up], &state)
        #expect(TUI.agendaScreen(state)?.goals.selection == 0)
    }

    @Test func arrowsUnfoldFoldAndGoToTheParent() throws {
        var state = TUI.state()
        TUI.press([.down, .down, .down], &state)  // a sub-goal of a sub-goal: no children
        let leaf = try #require(TUI.selectedTitle(state))
        TUI.press([.left], &state)  // to its parent
        let parent = try #require(TUI.selectedTitle(state))
        #expect(parent != leaf)
        TUI.press([.left], &state)  // folds the parent
        #expect(TUI.screen(state).contains("▸ " + parent.prefix(20)))
        TUI.press([.right], &state)  // unfolds it
        #expect(TUI.screen(state).contains("▾ " + parent.prefix(20)))
        TUI.press([.right], &state)  // already open: nothing
        #expect(TUI.selectedTitle(state) == parent)
    }

    @Test func foldingAllKeepsTheSelectionOnItsArea() throws {
        var state = TUI.state()
        TUI.press([.character("G")], &state)
        let screen = try #require(TUI.agendaScreen(state))
        guard case .goal(let index, _, _, _)? = screen.goals.selectedRow else { Issue.record("no goal"); return }
        let area = screen.document.agenda.goals[index].area
        TUI.press([.character("z")], &state)
        #expect(TUI.agendaScreen(state)?.goals.selectedRow.map { GoalsFeature.rowKey($0, screen.document.agenda) } == "area:" + area)
    }

    @Test func areasAndParentsFoldAndUnfold() throws {
        var state = TUI.state()
        let before = try #require(TUI.agendaScreen(state)).goals.rows.count
        // The first row is the first area: Space folds it.
        TUI.press([.character(" ")], &state)
        let folded = try #require(TUI.agendaScreen(state))
        let leadership = TUI.sample.goals.filter { $0.area == TUI.sample.areas[0].id }.count
        #expect(folded.goals.rows.count == before - leadership)
        #expect(folded.goals.selection == 0)
        TUI.press([.enter], &state)
        #expect(TUI.agendaScreen(state)?.goals.rows.count == before)
        // The second row is the area's first goal, with sub-goals: folding hides them.
        TUI.press([.down, .character(" ")], &state)
        let goalFolded = try #require(TUI.agendaScreen(state))
        #expect(goalFolded.goals.rows.count < before)
        #expect(TUI.screen(state).contains("▸ Train a new generation"))
        TUI.press([.character("z")], &state)
        #expect(TUI.agendaScreen(state)?.goals.rows.count == TUI.sample.areas.count)
        TUI.press([.character("Z")], &state)
        #expect(TUI.agendaScreen(state)?.goals.rows.count == before)
    }

    @Test func searchNarrowsAsYouTypeIgnoringCaseAndAccents() throws {
        var state = TUI.state()
        TUI.press([.character("/")], &state)
        #expect(state.keyContext == .search)
        TUI.type("michoacan", &state)
        let plain = try #require(TUI.agendaScreen(state)).goals
        TUI.press([.control("u")], &state)
        TUI.type("MICHOACÁN", &state)
        let accented = try #require(TUI.agendaScreen(state)).goals
        #expect(plain.rows == accented.rows)
        #expect(plain.matching == accented.matching)
        #expect(plain.matching > 0 && plain.matching < TUI.sample.goals.count)
        // Every matching goal mentions Michoacán in its title, owners, tags or organizations, or in its
        // description or notes.
        let document = try #require(TUI.agendaScreen(state)).document
        for case .goal(let index, _, _, false) in plain.rows {
            let text = document.index.searchText.text(of: index) + " " + document.index.bodies.text.text(of: index)
            #expect(text.contains("michoacan"))
        }
        // G-RB5S says "Michoacán experience" in its description only: found as on the command line.
        let rb5s = try #require(document.index.goalByID["G-RB5S"])
        #expect(!document.index.searchText.text(of: rb5s).contains("michoacan"))
        #expect(plain.rows.contains { row in
            if case .goal(rb5s, _, _, false) = row { return true }
            return false
        })
        // Enter keeps the search as a filter; the list stays narrowed.
        TUI.press([.enter], &state)
        #expect(state.keyContext == .goals)
        #expect(TUI.agendaScreen(state)?.goals.matching == plain.matching)
        #expect(TUI.screen(state).contains("Search “MICHOACÁN”"))
        // x clears it.
        TUI.press([.character("x")], &state)
        #expect(TUI.agendaScreen(state)?.goals.matching == TUI.sample.goals.count)
    }

    @Test func escapeClearsTheSearch() {
        var state = TUI.state()
        TUI.press([.character("/")], &state)
        TUI.type("vote", &state)
        #expect(TUI.agendaScreen(state)!.goals.matching < TUI.sample.goals.count)
        TUI.press([.escape], &state)
        #expect(state.keyContext == .goals)
        #expect(TUI.agendaScreen(state)?.goals.search.text == "")
        #expect(TUI.agendaScreen(state)?.goals.matching == TUI.sample.goals.count)
    }

    @Test func aGrowingSearchGivesWhatAFreshSearchGives() throws {
        var state = TUI.state()
        TUI.press([.character("/")], &state)
        for (typed, character) in zip(1..., "leadership school") {
            TUI.type(String(character), &state)
            var fresh = TUI.state()
            TUI.press([.character("/")], &fresh)
            fresh = {
                var copy = fresh
                if copy.agenda != nil {
                    copy.agenda!.goals.search = TextField(String("leadership school".prefix(typed)))
                    GoalsFeature.refreshRows(&copy.agenda!)
                    if case .searchBodies(let search)? = GoalsFeature.bodySearch(&copy.agenda!) {
                        GoalsFeature.bodiesSearched(search.search, search.run(), &copy.agenda!)
                    }
                }
                return copy
            }()
            #expect(TUI.agendaScreen(state)?.goals.rows == TUI.agendaScreen(fresh)?.goals.rows)
        }
    }

    @Test func searchKeepsContextParentsOfMatchingSubGoals() throws {
        var state = TUI.state()
        TUI.press([.character("/")], &state)
        TUI.type("Pilot the first leadership", &state)
        let goals = try #require(TUI.agendaScreen(state)).goals
        #expect(goals.matching == 1)
        let contexts = goals.rows.filter { if case .goal(_, _, _, true) = $0 { return true } else { return false } }
        #expect(contexts.count == 2)  // its parent and grandparent
        #expect(TUI.selectedTitle(state) == "Pilot the first leadership school cohort")
    }

    @Test func theFilterMenuSetsAndShowsFilters() throws {
        var state = TUI.state()
        TUI.press([.character("f")], &state)
        guard case .menu(let fields)? = state.overlay else { Issue.record("no menu"); return }
        #expect(fields.items.map(\.label).first == "Status: any")
        TUI.press([.enter], &state)  // Status
        guard case .menu(let values)? = state.overlay else { Issue.record("no values menu"); return }
        #expect(values.items.map(\.label) == ["any", "proposed", "active", "blocked", "achieved", "dropped"])
        TUI.press([.down, .down, .down, .enter], &state)  // blocked
        #expect(state.overlay == nil)
        let screen = try #require(TUI.agendaScreen(state))
        #expect(screen.goals.filter.statuses == [.blocked])
        #expect(screen.goals.matching == TUI.sample.goals.filter { $0.status == .blocked }.count)
        #expect(TUI.screen(state).contains("Filter: Status blocked"))
        // Escape in the values menu goes back to the fields; in the fields it closes.
        TUI.press([.character("f"), .down, .enter], &state)
        TUI.press([.escape], &state)
        guard case .menu(let back)? = state.overlay else { Issue.record("menu closed"); return }
        #expect(back.purpose == .goals(.filterFields))
        TUI.press([.escape], &state)
        #expect(state.overlay == nil)
        TUI.press([.escape], &state)
        #expect(TUI.agendaScreen(state)?.goals.filter.isEmpty == true)
    }

    @Test func sortingGivesAFlatOrderedList() throws {
        var state = TUI.state()
        TUI.press([.character("o")], &state)
        TUI.press([.down, .enter], &state)  // due date
        let screen = try #require(TUI.agendaScreen(state))
        #expect(screen.goals.sort == .due)
        let dues = screen.goals.rows.compactMap { row -> Day? in
            if case .goal(let index, _, _, _) = row { return screen.document.agenda.goals[index].due }
            return nil
        }
        #expect(dues == dues.sorted())
        #expect(screen.goals.rows.count == TUI.sample.goals.count)
        #expect(TUI.screen(state).contains("Sort: due date"))
    }

    @Test func vShowsAGoalWholeAndEscapeComesBack() throws {
        var state = TUI.state()
        TUI.press([.down, .character("v")], &state)
        #expect(state.keyContext == .detail)
        let text = TUI.screen(state)
        #expect(text.contains("Train a new generation of migrant leaders"))
        #expect(text.contains("Description"))
        TUI.press([.down, .down, .pageDown], &state)
        TUI.press([.escape], &state)
        #expect(state.keyContext == .goals)
        #expect(TUI.agendaScreen(state)?.goals.selection == 1)
    }

    @Test func viewsSwitchWithTabAndNumbers() throws {
        var state = TUI.state()
        TUI.press([.tab], &state)
        #expect(TUI.agendaScreen(state)?.view == .organizations)
        TUI.press([.tab], &state)
        #expect(TUI.agendaScreen(state)?.view == .people)
        TUI.press([.tab], &state)
        #expect(TUI.agendaScreen(state)?.view == .sessions)
        TUI.press([.tab], &state)
        #expect(TUI.agendaScreen(state)?.view == .dashboard)
        TUI.press([.tab], &state)
        #expect(TUI.agendaScreen(state)?.view == .activity)
        TUI.press([.tab], &state)
        #expect(TUI.agendaScreen(state)?.view == .goals)
        TUI.press([.character("2")], &state)
        #expect(state.keyContext == .organizations)
        TUI.press([.character("1")], &state)
        #expect(state.keyContext == .goals)
    }

    @Test func vOnAnOrganizationShowsItsGoalsFromTheTop() throws {
        var state = TUI.state()
        TUI.press([.character("G"), .character("2")], &state)
        TUI.press([.character("v")], &state)  // the first organization
        let screen = try #require(TUI.agendaScreen(state))
        let org = TUI.sample.organizations[0]
        #expect(screen.view == .goals)
        #expect(screen.goals.filter.organization == org.id)
        #expect(screen.goals.matching == TUI.sample.goals.filter { $0.organizations.contains(org.id) }.count)
        // The list starts at the top (its area heading shows) with the first match selected and visible.
        #expect(screen.goals.viewport.offset == 0)
        #expect(TUI.screen(state).contains("▾ Leadership and organizational strength"))
    }

    @Test func helpListsTheKeysOfTheScreenItOpensOn() {
        var state = TUI.state(width: 100, height: 60)
        TUI.press([.character("?")], &state)
        #expect(state.keyContext == .help)
        let text = TUI.screen(state)
        #expect(text.contains("Search titles, owners, organizations, tags"))
        TUI.press([.escape], &state)
        #expect(state.overlay == nil)
        TUI.press([.character("2"), .character("?")], &state)
        #expect(!TUI.screen(state).contains("Fold every area"))
    }

    @Test func quitEndsTheProgramFromAnywhere() {
        var state = TUI.state()
        #expect(TUI.press([.character("q")], &state) == [.quit])
        var searching = TUI.state()
        TUI.press([.character("/")], &searching)
        TUI.type("q", &searching)
        #expect(TUI.agendaScreen(searching)?.goals.search.text == "q")
        #expect(TUI.press([.control("c")], &searching) == [.quit])
        var terminated = TUI.state()
        #expect(Reducer.reduce(&terminated, .input(.terminate)) == [.quit])
    }

    @Test func resizingKeepsTheSelectionVisibleAndSaysWhenTooSmall() throws {
        var state = TUI.state(width: 120, height: 40)
        TUI.press([.character("G")], &state)
        _ = Reducer.reduce(&state, .input(.resize(width: 40, height: 12)))
        let screen = try #require(TUI.agendaScreen(state))
        let height = ScreenLayout(size: state.size).listBody.height
        #expect(screen.goals.viewport.visible(height: height, count: screen.goals.rows.count).contains(screen.goals.selection))
        _ = Reducer.reduce(&state, .input(.resize(width: 20, height: 5)))
        #expect(state.keyContext == .tooSmall)
        #expect(TUI.screen(state).contains("Terminal too small"))
        #expect(TUI.press([.character("j")], &state).isEmpty)
        _ = Reducer.reduce(&state, .input(.resize(width: 80, height: 24)))
        #expect(state.keyContext == .goals)
    }

    @Test func theMouseSelectsAndScrolls() throws {
        var state = TUI.state()
        let list = ScreenLayout(size: state.size).listBody
        _ = Reducer.reduce(&state, .input(.mouse(MouseEvent(x: 5, y: list.y + 3, action: .press(button: 1)))))
        #expect(TUI.agendaScreen(state)?.goals.selection == 3)
        _ = Reducer.reduce(&state, .input(.mouse(MouseEvent(x: 5, y: list.y + 3, action: .scrollDown))))
        let screen = try #require(TUI.agendaScreen(state))
        #expect(screen.goals.viewport.offset == 3)
        #expect(screen.goals.selection >= 3)
    }
}

/// A sorted list filters an order sorted once, and gives what sorting every time gives.
struct SortedRowsTests {
    @Test(arguments: [GoalSort.due, .progress, .status, .title])
    func theSortedOrderKeptGivesTheRowsOfAFreshSort(sort: GoalSort) throws {
        var document = Document(path: "a.json", agenda: AgendaGenerator.agenda(goals: 400))
        let criteria = GoalRows.Criteria(filter: GoalFilter(statuses: [.active, .blocked]), search: "a")
        let matches = GoalRows.matches(document.agenda, index: document.index, criteria: criteria)
        #expect(!matches.isEmpty && matches.count < document.agenda.goals.count)
        let order = document.sortOrder(sort)
        for matching in [matches, nil] {
            let kept = GoalRows.rows(document.agenda, index: document.index, matching: matching, folded: [], sort: sort,
                                     sortedOrder: order)
            let fresh = GoalRows.rows(document.agenda, index: document.index, matching: matching, folded: [], sort: sort)
            #expect(kept == fresh)
        }
    }
}

/// A long search scan shared between two cores finds what one scan finds, in file order.
struct SplitScanTests {
    @Test func aSplitScanFindsWhatOneScanFinds() throws {
        let agenda = AgendaGenerator.agenda(goals: GoalRows.splitScanFrom + 500)
        let index = AgendaIndex(agenda)
        for text in ["michoac", "a", "zzz-none", "québec"] {
            let criteria = GoalRows.Criteria(filter: GoalFilter(statuses: [.active, .proposed]), search: text)
            let split = GoalRows.matches(agenda, index: index, criteria: criteria)
            let needle = try #require(criteria.needle)
            let one = agenda.goals.indices.filter {
                index.matches($0, needle) && [.active, .proposed].contains(agenda.goals[$0].status)
            }
            #expect(split == one, "\(text)")
        }
    }
}
