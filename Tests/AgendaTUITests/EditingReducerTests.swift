@testable import AgendaLocalization
import AgendaModel
import AgendaStore
@testable import AgendaTUI
import Foundation
import Testing
import TerminalWidgets
import TestSupport

/// Every editing action, through the reducer: the agenda shown, the edits saved, undo and redo.
@Suite struct EditingReducerTests {
    /// A state on the fixture agenda, with the goal `id` selected.
    func state(selecting id: String? = nil, width: Int = 80, height: Int = 24) -> AppState {
        var state = TUI.state(Fixtures.agenda(), width: width, height: height, path: "/tmp/agenda.json")
        state.who = "Ana María"
        if let id {
            GoalsFeature.refreshRows(&state.agenda!, keeping: "goal:" + id)
        }
        return state
    }

    func goal(_ id: String, _ state: AppState) -> Goal? {
        TUI.agendaScreen(state)?.document.agenda.goal(id)
    }

    func savedEdits(_ effects: [Effect]) -> [Edit] {
        effects.flatMap { effect -> [Edit] in
            if case .save(_, let pending, _, _, _) = effect { return pending.flatMap(\.edits) }
            return []
        }
    }

    @Test func quickAddCreatesAGoalWithAnAccentedTitleInTheSelectedArea() throws {
        var state = state(selecting: "G-0005")
        TUI.press([.character("n")], &state)
        #expect(state.keyContext == .prompt)
        #expect(TUI.screen(state).contains("New goal in Voting rights abroad"))
        TUI.type("Consulta en Michoacán 🇲🇽 日本", &state)
        let effects = TUI.press([.enter], &state)
        #expect(state.overlay == nil)
        let screen = try #require(TUI.agendaScreen(state))
        let created = try #require(screen.document.agenda.goals.last)
        #expect(created.title == "Consulta en Michoacán 🇲🇽 日本")
        #expect(created.area == "vote-abroad" && created.parent == nil)
        #expect(created.history.first?.by == "Ana María")
        #expect(TUI.selectedTitle(state) == created.title)
        #expect(savedEdits(effects).count == 1)
        #expect(state.message == "Added \(created.id).")
    }

    @Test func newSubGoalGoesUnderTheSelectedGoal() throws {
        var state = state(selecting: "G-0002")
        TUI.press([.character("N")], &state)
        TUI.type("Second cohort", &state)
        TUI.press([.enter], &state)
        let created = try #require(TUI.agendaScreen(state)?.document.agenda.goals.last)
        #expect(created.parent == "G-0002" && created.area == "leadership")
        // Escape cancels a prompt and changes nothing.
        TUI.press([.character("n")], &state)
        TUI.type("Nothing", &state)
        TUI.press([.escape], &state)
        #expect(TUI.agendaScreen(state)?.document.agenda.goals.count == 7 - 1)
    }

    @Test func newOnASubGoalAddsASiblingUnderTheSameParent() throws {
        var state = state(selecting: "G-0002")
        TUI.press([.character("n")], &state)
        #expect(TUI.screen(state).contains("New sub-goal of G-0001"), "\(TUI.screen(state))")
        TUI.type("Mentoring circle", &state)
        TUI.press([.enter], &state)
        let created = try #require(TUI.agendaScreen(state)?.document.agenda.goals.last)
        #expect(created.title == "Mentoring circle")
        #expect(created.parent == "G-0001" && created.area == "leadership")
        #expect(TUI.selectedTitle(state) == "Mentoring circle")
    }

    @Test func undoingADeleteUnderASearchBringsBackTheGoalWithItsArea() throws {
        var state = state()
        TUI.press([.character("/")], &state)
        TUI.type("school", &state)
        TUI.press([.enter], &state)
        #expect(TUI.selectedTitle(state) == "Run a leadership school" || TUI.selectedTitle(state) == "Fund the school")
        GoalsFeature.refreshRows(&state.agenda!, keeping: "goal:G-0004")
        TUI.press([.character("d"), .character("y")], &state)
        #expect(goal("G-0004", state) == nil)
        TUI.press([.character("u")], &state)
        #expect(goal("G-0004", state) != nil)
        let screen = try #require(TUI.agendaScreen(state))
        let rows = screen.goals.rows
        let fund = try #require(rows.firstIndex {
            if case .goal(let index, _, _, _) = $0 { return screen.agenda.goals[index].id == "G-0004" }
            return false
        }, "\(rows)")
        #expect(rows.prefix(fund).contains { if case .area(id: "leadership", _, _) = $0 { true } else { false } }, "\(rows)")
        #expect(TUI.screen(state).contains("Leadership"), "\(TUI.screen(state))")
    }

    @Test func anEmptyTitleIsRefused() {
        var state = state(selecting: "G-0001")
        TUI.press([.character("n")], &state)
        TUI.type("   ", &state)
        #expect(TUI.press([.enter], &state).isEmpty)
        #expect(state.keyContext == .prompt)
    }

    @Test func statusMenuProgressKeysAndUndoRedoAreNamed() throws {
        var state = state(selecting: "G-0001")
        TUI.press([.character("s")], &state)
        #expect(state.keyContext == .menu)
        TUI.press([.down, .enter], &state)  // blocked, below active
        #expect(goal("G-0001", state)?.status == .blocked)
        TUI.press([.character("+")], &state)
        #expect(goal("G-0001", state)?.progress == 50)
        TUI.press([.character("-"), .character("-")], &state)
        #expect(goal("G-0001", state)?.progress == 30)
        TUI.press([.character("u")], &state)
        #expect(state.message == "Undid the change of progress of G-0001 (back to “40%”)")
        #expect(goal("G-0001", state)?.progress == 40)
        TUI.press([.character("u"), .character("u")], &state)
        #expect(goal("G-0001", state)?.progress == 40)
        #expect(state.message == "Undid the change of progress of G-0001 (back to “40%”)")
        TUI.press([.character("u")], &state)
        #expect(state.message == "Undid the change of status of G-0001 (back to “active”)")
        #expect(goal("G-0001", state)?.status == .active)
        TUI.press([.character("u")], &state)
        #expect(state.message == "Nothing to undo.")
        TUI.press([.control("r")], &state)
        #expect(state.message == "Redid the change of status of G-0001 (“blocked” again)")
        #expect(goal("G-0001", state)?.status == .blocked)
    }

    @Test func notesTakeSeveralLinesAndSaveWithCtrlS() throws {
        var state = state(selecting: "G-0005")
        TUI.press([.character("a")], &state)
        #expect(state.keyContext == .note)
        TUI.type("Reunión con diputados", &state)
        TUI.press([.enter], &state)
        TUI.type("segunda línea 👩🏽‍🌾", &state)
        let effects = TUI.press([.control("s")], &state)
        #expect(goal("G-0005", state)?.notes.last?.text == "Reunión con diputados\nsegunda línea 👩🏽‍🌾")
        #expect(savedEdits(effects) == [.addNote(goal: "G-0005", text: "Reunión con diputados\nsegunda línea 👩🏽‍🌾")])
    }

    @Test func deleteAsksNamingTheGoalAndItsSubGoals() throws {
        var state = state(selecting: "G-0001")
        let before = try #require(TUI.agendaScreen(state)).document.agenda
        TUI.press([.character("d")], &state)
        #expect(state.keyContext == .confirm)
        let text = TUI.screen(state)
        #expect(text.contains("G-0001 · Train migrant leaders"))
        #expect(text.contains("Its 2 sub-goals are deleted with it."))
        TUI.press([.character("n")], &state)
        #expect(goal("G-0001", state) != nil)
        TUI.press([.character("d"), .character("y")], &state)
        #expect(goal("G-0001", state) == nil && goal("G-0003", state) == nil)
        TUI.press([.character("u")], &state)
        let after = try #require(TUI.agendaScreen(state)).document.agenda
        #expect(after.goals.map(\.id) == before.goals.map(\.id))
        #expect(after == before)
    }

    @Test func moveChoosesAParentFromASearchableList() throws {
        var state = state(selecting: "G-0004")
        TUI.press([.character("m")], &state)
        #expect(state.keyContext == .choice)
        TUI.type("michoac", &state)
        guard case .menu(let menu)? = state.overlay else { Issue.record("no menu"); return }
        guard case .goals(.move(_, let places)) = menu.purpose else { Issue.record("not the move menu"); return }
        #expect(menu.shown.map { places[$0] } == [.goal("G-0005")])
        TUI.press([.enter], &state)
        #expect(goal("G-0004", state)?.parent == "G-0005")
        #expect(goal("G-0004", state)?.area == "vote-abroad")
        #expect(TUI.selectedTitle(state) == "Fund the school")
    }

    @Test func theEditorChangesFieldsAndSavesThemAsEdits() throws {
        var state = state(selecting: "G-0004")
        TUI.press([.enter], &state)
        #expect(state.keyContext == .form)
        #expect(TUI.screen(state).contains("Edit goal G-0004"))
        TUI.press([.control("u")], &state)
        TUI.type("Financiar la escuela — São Paulo", &state)
        TUI.press([.tab], &state)  // description
        TUI.type("Primera línea", &state)
        TUI.press([.enter], &state)
        TUI.type("Segunda línea", &state)
        TUI.press([.tab, .right, .tab], &state)  // status: blocked → achieved
        TUI.press([.control("u")], &state)
        TUI.type("70", &state)
        let effects = TUI.press([.control("s")], &state)
        #expect(state.keyContext == .goals)
        let edited = try #require(goal("G-0004", state))
        #expect(edited.title == "Financiar la escuela — São Paulo")
        #expect(edited.description == "Primera línea\nSegunda línea")
        #expect(edited.status == .achieved)
        #expect(edited.progress == 70)
        #expect(savedEdits(effects).count == 4)
        TUI.press([.character("u")], &state)
        #expect(state.message == "Undid: 4 changes to G-0004")
        #expect(goal("G-0004", state)?.title == "Fund the school")
    }

    @Test func invalidFieldsAreRefusedAtTheFieldAndKeepWhatWasTyped() throws {
        var state = state(selecting: "G-0004")
        TUI.press([.enter, .tab, .tab, .tab], &state)  // progress
        TUI.press([.control("u")], &state)
        TUI.type("150", &state)
        // A number is checked as it is typed.
        #expect(TUI.screen(state).contains("⚠ must be a number from 0 to 100"))
        TUI.press([.tab], &state)  // priority
        #expect(TUI.screen(state).contains("⚠ must be a number from 0 to 100"))
        TUI.press([.tab, .control("u")], &state)  // due
        // A day is checked once it has its ten characters, not while it is half typed.
        TUI.type("2027-02-3", &state)
        #expect(TUI.agendaScreen(state)?.form?.field("due")?.problem == nil)
        TUI.type("0", &state)
        #expect(TUI.agendaScreen(state)?.form?.field("due")?.problem == "not a date: type it as 3/31/2027, Mar 31, 2027 or 2027-03-31")
        TUI.press([.backspace], &state)
        #expect(TUI.agendaScreen(state)?.form?.field("due")?.problem == nil)
        TUI.type("0", &state)
        #expect(TUI.press([.control("s")], &state).isEmpty)
        #expect(state.keyContext == .form)
        #expect(state.message == "Fix the marked fields first; nothing was saved.")
        let form = try #require(TUI.agendaScreen(state)?.form)
        #expect(form.field("progress")?.text == "150")
        #expect(form.field("due")?.text == "2027-02-30")
        #expect(form.field("due")?.problem == "not a date: type it as 3/31/2027, Mar 31, 2027 or 2027-03-31")
        #expect(form.fields[form.focus].name == "progress")
        #expect(goal("G-0004", state)?.progress == 10)
    }

    @Test func ownersArePickedFromTheAgendasOwnOrTyped() throws {
        var state = state(selecting: "G-0004")
        TUI.press([.enter], &state)
        for _ in 0..<10 { TUI.press([.tab], &state) }  // owners
        #expect(TUI.agendaScreen(state)?.form?.fields[10].name == "owners")
        TUI.press([.enter], &state)
        #expect(state.keyContext == .choice)
        TUI.press([.character(" ")], &state)  // Space ticks the first: Comité de Organización
        TUI.type("finance", &state)
        TUI.press([.enter], &state)  // Enter ticks the match: Finance Committee, unticked
        TUI.press([.control("u")], &state)
        TUI.type("Comité de Finanzas", &state)
        TUI.press([.enter], &state)  // a new owner
        TUI.press([.escape], &state)
        TUI.press([.control("s")], &state)
        #expect(Set(goal("G-0004", state)?.owners ?? []) == ["Comité de Organización", "Comité de Finanzas"])
    }

    @Test func anOrganizationIsEditedInItsFormAndShiftTabGoesBack() throws {
        var state = state()
        TUI.press([.character("2")], &state)
        state.agenda!.organizations.selection = state.agenda!.document.agenda.organizations.firstIndex { $0.id == "diocesis" } ?? 0
        TUI.press([.enter], &state)
        #expect(state.keyContext == .form)
        var form = try #require(TUI.agendaScreen(state)?.form)
        let name = try #require(form.fields.firstIndex { $0.name == "name" })
        TUI.press(Array(repeating: .tab, count: name - form.focus + 1) + [.backTab], &state)
        form = try #require(TUI.agendaScreen(state)?.form)
        #expect(form.focus == name)
        TUI.press([.control("u")], &state)
        TUI.type("Diócesis de Morelia", &state)
        TUI.press([.control("s")], &state)
        #expect(state.keyContext == .organizations)
        let agenda = try #require(TUI.agendaScreen(state)).document.agenda
        #expect(agenda.organization("diocesis")?.name == "Diócesis de Morelia")
        #expect(agenda.organization("diocesis")?.communities == ["indigenous"])
        TUI.press([.character("u")], &state)
        #expect(TUI.agendaScreen(state)?.document.agenda.organization("diocesis")?.name == "Diócesis católicas")
    }

    @Test func escapeWithChangesAsksBeforeThrowingThemAway() {
        var state = state(selecting: "G-0004")
        TUI.press([.enter], &state)
        TUI.press([.escape], &state)
        #expect(state.keyContext == .goals)  // nothing changed: closes at once
        TUI.press([.enter], &state)
        TUI.type("!", &state)
        TUI.press([.escape], &state)
        #expect(state.keyContext == .confirm)
        TUI.press([.character("n")], &state)
        #expect(state.keyContext == .form)
        TUI.press([.escape, .character("y")], &state)
        #expect(state.keyContext == .goals)
        #expect(goal("G-0004", state)?.title == "Fund the school")
    }

    @Test func organizationsAreAddedEditedAndRemovedWithTheirLinksNamed() throws {
        var state = state()
        TUI.press([.character("2"), .character("n")], &state)
        #expect(state.keyContext == .form)
        TUI.type("fed-zacatecana", &state)
        TUI.press([.tab], &state)
        TUI.type("Federación Zacatecana", &state)
        TUI.press([.tab], &state)
        TUI.type("us", &state)
        TUI.press([.control("s")], &state)
        let added = try #require(TUI.agendaScreen(state)?.document.agenda.organization("fed-zacatecana"))
        #expect(added.name == "Federación Zacatecana" && added.country == "US")
        // Remove Alianza: the confirmation names the goals linked to it.
        state.agenda!.organizations.selection = 0
        TUI.press([.character("d")], &state)
        #expect(TUI.screen(state).contains("1 goal links to it (G-0001); it will be unlinked from it."))
        TUI.press([.character("y")], &state)
        #expect(TUI.agendaScreen(state)?.document.agenda.organization("alianza") == nil)
        #expect(goal("G-0001", state)?.organizations == [])
        TUI.press([.character("u")], &state)
        #expect(goal("G-0001", state)?.organizations == ["alianza"])
    }

    @Test(arguments: 0..<20)
    func anySequenceOfEditsUndoneToTheStartGivesBackTheOriginal(seed: Int) throws {
        var random = SeededRandom(seed: UInt64(seed) &+ 11)
        var state = TUI.state(TUI.sample, path: "/tmp/sample.json")
        let original = try #require(TUI.agendaScreen(state)).document.agenda
        let steps: [[Key]] = [
            [.character("s"), .down, .enter], [.character("s"), .up, .enter], [.character("+")], [.character("-")],
            [.character("a")] + "nota 📝".map { Key.character($0) } + [.control("s")],
            [.character("n")] + "Nueva meta".map { Key.character($0) } + [.enter],
            [.character("N")] + "Sub-meta".map { Key.character($0) } + [.enter],
            [.character("d"), .character("y")], [.character("m"), .down, .enter],
            [.enter, .control("u")] + "Título editado".map { Key.character($0) } + [.tab, .tab, .right, .control("s")],
        ]
        for _ in 0..<15 {
            // Select a goal at random, then make one edit.
            let goals = TUI.agendaScreen(state)!.document.agenda.goals
            let target = goals[Int(random.next(upperBound: UInt64(goals.count)))].id
            GoalsFeature.refreshRows(&state.agenda!, keeping: "goal:" + target)
            TUI.press(steps[Int(random.next(upperBound: UInt64(steps.count)))], &state)
            state.overlay = nil
            state.agenda!.closeForm()
        }
        #expect(TUI.agendaScreen(state)!.editing.undo.count > 5)
        let final = try #require(TUI.agendaScreen(state)).document.agenda
        var undone = 0
        while TUI.agendaScreen(state)!.editing.undo.count > 0, undone < 100 {
            TUI.press([.character("u")], &state)
            undone += 1
        }
        let restored = try #require(TUI.agendaScreen(state)).document.agenda
        #expect(withoutHistory(restored) == withoutHistory(original), "\(difference(restored, original))")
        // And Ctrl-R all the way gives back the agenda as the edits left it.
        var redone = 0
        while TUI.agendaScreen(state)!.editing.redo.count > 0, redone < 100 {
            TUI.press([.control("r")], &state)
            redone += 1
        }
        #expect(redone == undone)
        let again = try #require(TUI.agendaScreen(state)).document.agenda
        #expect(withoutHistory(again) == withoutHistory(final), "\(difference(again, final))")
    }

    /// Where two agendas differ, briefly, for a failure's message.
    private func difference(_ a: Agenda, _ b: Agenda) -> String {
        if a.goals.map(\.id) != b.goals.map(\.id) {
            return "goal ids differ: \(Set(a.goals.map(\.id)).symmetricDifference(b.goals.map(\.id))) "
                + "order \(a.goals.map(\.id) == b.goals.map(\.id))"
        }
        for (x, y) in zip(withoutHistory(a).goals, withoutHistory(b).goals) where x != y {
            let mirrorX = Mirror(reflecting: x).children
            let mirrorY = Array(Mirror(reflecting: y).children)
            let fields = zip(mirrorX, mirrorY).filter { "\($0.value)" != "\($1.value)" }.map { "\($0.label ?? ""): \($0.value) vs \($1.value)" }
            return "goal \(x.id): " + fields.joined(separator: "; ")
        }
        return "organizations or areas differ: \(a.organizations == b.organizations) \(a.areas == b.areas)"
    }

    private func withoutHistory(_ agenda: Agenda) -> Agenda {
        var copy = agenda
        for index in copy.goals.indices {
            copy.goals[index].history = []
            copy.goals[index].updatedAt = copy.goals[index].createdAt
        }
        // The goals a deletion keeps carry the history they had when deleted.
        for record in copy.deletions.indices {
            copy.deletions[record].goals = withoutHistory(Agenda(title: "", goals: copy.deletions[record].goals)).goals
        }
        return copy
    }
}

/// A paste is text for the field being edited, never keys.
struct PasteTests {
    @Test func aPasteIntoQuickAddIsOneLineAndRunsNoKey() throws {
        var state = TUI.state(width: 100, height: 30)
        TUI.press([.character("n")], &state)
        _ = Reducer.reduce(&state, .input(.paste("Meta pegada\ndy Michoacán")))
        guard case .prompt(let prompt)? = state.overlay else { Issue.record("the prompt closed"); return }
        #expect(prompt.text.text == "Meta pegada dy Michoacán")
        #expect(TUI.agendaScreen(state)?.document.agenda.goals.count == TUI.sample.goals.count)
    }

    @Test func aPasteIntoTheDescriptionKeepsItsLinesAndIntoTheTitleDoesNot() throws {
        var state = TUI.state(width: 100, height: 30)
        TUI.press([.down, .enter], &state)
        _ = Reducer.reduce(&state, .input(.paste(" uno\ndos\n")))
        var form = try #require(TUI.agendaScreen(state)?.form)
        #expect(form.fields[form.focus].name == "title")
        #expect(form.fields[form.focus].text.hasSuffix("leaders uno dos"), "\(form.fields[form.focus].text)")
        let description = try #require(form.fields.firstIndex { $0.name == "description" })
        TUI.press(Array(repeating: .tab, count: description - form.focus), &state)
        _ = Reducer.reduce(&state, .input(.paste("\nuno\ndos")))
        form = try #require(TUI.agendaScreen(state)?.form)
        #expect(form.fields[description].text.hasSuffix("\nuno\ndos"), "\(form.fields[description].text)")
    }

    @Test func aPasteIntoTheSearchNarrowsTheListAndElsewhereIsRefused() throws {
        var state = TUI.state(width: 100, height: 30)
        _ = Reducer.reduce(&state, .input(.paste("dd")))
        #expect(state.message == Strings(.english)[.messagePasteNowhere])
        #expect(state.overlay == nil && TUI.agendaScreen(state)?.form == nil)
        TUI.press([.character("/")], &state)
        _ = Reducer.reduce(&state, .input(.paste("michoacán\n")))
        #expect(TUI.agendaScreen(state)?.goals.search.text == "michoacán")
        let matching = try #require(TUI.agendaScreen(state)?.goals.matching)
        #expect(matching > 0 && matching < TUI.sample.goals.count)
    }
}
