@testable import AgendaLocalization
import AgendaModel
@testable import AgendaTUI
import Testing
import TerminalWidgets
import TestSupport

/// Dates typed as each language writes them: read, shown as read, saved as the day they name.
@Suite struct DateTypingTests {
    @Test(arguments: [
        ("31/03/2027", Language.spanish), ("31.03.2027", .french), ("31-3-2027", .portuguese), ("3/31/2027", .english),
        ("2027-03-31", .spanish), ("2027-03-31", .english), ("31 mar 2027", .spanish), ("31 de marzo de 2027", .spanish),
        ("Mar 31, 2027", .english), ("31 mars 2027", .french), ("31 março 2027", .portuguese), (" 31/03/2027 ", .french),
    ])
    func aDayIsReadAsTheLanguageWritesIt(text: String, language: Language) {
        #expect(DateReading.day(text, language) == Day(year: 2027, month: 3, day: 31))
    }

    @Test(arguments: [
        ("31/02/2027", Language.spanish), ("3/31/2027", .spanish), ("31/03/27", .spanish), ("ju 3 2027", .french),
        ("31 foo 2027", .english), ("mañana", .spanish), ("", .english),
    ])
    func whatNamesNoDayIsRefused(text: String, language: Language) {
        #expect(DateReading.day(text, language) == nil)
    }

    @Test func everyDayTheScreenWritesReadsBack() {
        for language in Language.allCases {
            for month in 1...12 {
                let day = Day(year: 2027, month: month, day: month == 2 ? 1 : 30)!
                #expect(DateReading.day(DateText.day(day, language), language) == day, "\(language) \(month)")
                #expect(DateReading.day(DateReading.numeric(day, language), language) == day)
            }
        }
    }

    @Test func aDueDateTypedInSpanishIsShownAsReadAndSaved() throws {
        var state = TUI.state(Fixtures.agenda(), width: 100, height: 30, language: .spanish, path: "/tmp/agenda.json")
        GoalsFeature.refreshRows(&state.agenda!, keeping: "goal:G-0005")
        TUI.press([.character("e")], &state)
        guard case .form(var form, let returning) = state.agenda!.mode, let index = form.index(of: "due") else {
            Issue.record("no due field")
            return
        }
        form.focus = index
        state.agenda!.mode = .form(form, returning: returning)
        TUI.type("31/03/2027", &state)
        #expect(TUI.screen(state).contains("31/03/2027  → 31 mar 2027"), "\(TUI.screen(state))")
        TUI.press([.control("s")], &state)
        #expect(TUI.agendaScreen(state)?.document.agenda.goal("G-0005")?.due == Day(year: 2027, month: 3, day: 31))
    }

    @Test func aDateNamingNoDaySaysHowToWriteOne() throws {
        var state = TUI.state(SessionFixtures.agenda(), width: 100, height: 30, language: .portuguese, path: "/tmp/agenda.json")
        state.agenda!.mode = .form(SessionForm.details(state.agenda!.agenda.sessions[0], state.strings),
                                   returning: state.agenda!.mode)
        guard case .form(var form, let returning) = state.agenda!.mode, let index = form.index(of: "date") else { return }
        form.focus = index
        state.agenda!.mode = .form(form, returning: returning)
        TUI.press([.control("u")], &state)
        TUI.type("31/02/2027", &state)
        TUI.press([.control("s")], &state)
        #expect(TUI.screen(state).contains("não é uma data: escreva-a como 31/03/2027"), "\(TUI.screen(state))")
    }
}
