@testable import AgendaLocalization
import AgendaModel
@testable import AgendaTUI
import Testing
import TerminalWidgets
import TestSupport

/// The key tables are consistent, and the catalog speaks every language completely.
@Suite struct KeyMapAndCatalogTests {
    @Test(arguments: KeyContext.allCases)
    func noKeyIsBoundTwiceInAContext(context: KeyContext) {
        var seen: [Key: Action] = [:]
        for binding in KeyMaps.bindings(for: context) {
            for key in binding.keys {
                #expect(seen[key] == nil, "\(key) bound to \(seen[key]!) and \(binding.action) in \(context)")
                seen[key] = binding.action
            }
        }
    }

    @Test(arguments: KeyContext.allCases)
    func everyContextCanQuitAndShowsItsHints(context: KeyContext) {
        let bindings = KeyMaps.bindings(for: context)
        #expect(bindings.contains { $0.action == .quit })
        #expect(!Renderer.hints(for: context, Strings(.english)).isEmpty)
    }

    @Test func theHintBarIsGeneratedFromTheKeyTable() {
        let state = TUI.state(width: 200, height: 30)
        let bar = TUI.screen(state).split(separator: "\n").last.map(String.init) ?? ""
        for binding in KeyMaps.bindings(for: .goals) {
            guard let hint = binding.hint else { continue }
            #expect(bar.contains(binding.hintKeys + " " + Strings(.english)[hint]))
        }
    }

    @Test(arguments: Language.allCases)
    func everyLanguageHasEveryString(language: Language) {
        let table = Catalog.table(language)
        for key in Text.allCases {
            let text = table[key]
            #expect(text != nil, "\(language) lacks \(key)")
            #expect(placeholders(text ?? "") == placeholders(Catalog.table(.english)[key] ?? ""), "\(language) \(key)")
        }
    }

    @Test func translationsAreTranslated() {
        for language in Language.allCases where language != .english {
            let table = Catalog.table(language)
            let same = Text.allCases.filter { table[$0] == Catalog.table(.english)[$0] }
            // A few words are the same in both languages (Notes, Description in French); most are not.
            #expect(same.count * 10 < Text.allCases.count, "\(language) leaves these in English: \(same)")
        }
    }

    @Test func languageComesFromTheOptionThenTheEnvironment() {
        #expect(Language.resolve(option: "fr", environment: ["LANG": "es_MX.UTF-8"]) == .french)
        #expect(Language.resolve(option: nil, environment: ["LANG": "es_MX.UTF-8"]) == .spanish)
        #expect(Language.resolve(option: nil, environment: ["LC_ALL": "pt_BR.UTF-8", "LANG": "es_MX.UTF-8"]) == .portuguese)
        #expect(Language.resolve(option: nil, environment: ["LANG": "de_DE.UTF-8"]) == .english)
        #expect(Language.resolve(option: nil, environment: ["LANG": "C.UTF-8"]) == .english)
        #expect(Language.resolve(option: nil, environment: [:]) == .english)
    }

    @Test func datesShowInTheLanguagesForm() {
        let day = Day("2026-06-30")!
        #expect(DateText.day(day, .english) == "Jun 30, 2026")
        #expect(DateText.day(day, .spanish) == "30 jun 2026")
        #expect(DateText.day(day, .portuguese) == "30 jun 2026")
        #expect(DateText.day(Day("2026-02-03")!, .french) == "3 févr. 2026")
        #expect(DateText.day(Day("2026-11-01")!, .french) == "1er nov. 2026")
        #expect(DateText.day(Day("2026-11-01")!, .spanish) == "1 nov 2026")
    }

    @Test(arguments: Language.allCases)
    func theScreenSpeaksTheLanguage(language: Language) {
        var state = TUI.state(width: 120, height: 40, language: language)
        let goals = TUI.screen(state)
        TUI.press([.character("?")], &state)
        let help = TUI.screen(state)
        let strings = Strings(language)
        #expect(goals.contains(strings[.viewGoals]))
        #expect(help.contains(strings[.actionMoveDown]))
    }

    private func placeholders(_ text: String) -> [String] {
        var found: [String] = []
        var characters = text.makeIterator()
        while let c = characters.next() {
            if c == "%", let next = characters.next() { found.append("%" + String(next)) }
        }
        return found
    }
}

/// Counts take the singular or the plural, by each language's rule.
struct PluralTests {
    @Test func aCountChoosesItsWords() {
        #expect(Strings(.english).format(.activityCount, 1) == "1 change")
        #expect(Strings(.english).format(.activityCount, 2) == "2 changes")
        #expect(Strings(.english).format(.activityCount, 0) == "0 changes")
        #expect(Strings(.english).format(.goalsOfTotal, 1, 1) == "1 of 1 goal")
        #expect(Strings(.english).format(.minutesAttendanceCount, 1, 3) == "1 organization and 3 people attended.")
        #expect(Language.french.takesSingular(0) && Language.french.takesSingular(1) && !Language.french.takesSingular(2))
        #expect(!Language.spanish.takesSingular(0) && Language.spanish.takesSingular(1))
    }

    @Test(arguments: Language.allCases)
    func everyGroupHasTwoFormsAndFollowsACount(language: Language) {
        for (key, text) in Catalog.table(language) {
            var open = false
            var forms = 1
            var countSeen = false
            var previous: Character = " "
            for character in text {
                if previous == "%" && character == "d" { countSeen = true }
                switch character {
                case "{":
                    #expect(!open, "\(language) \(key): nested group")
                    #expect(countSeen, "\(language) \(key): a group before any count")
                    open = true
                    forms = 1
                case "|" where open: forms += 1
                case "}":
                    #expect(open && forms == 2, "\(language) \(key): a group needs exactly two forms")
                    open = false
                default: break
                }
                previous = character
            }
            #expect(!open, "\(language) \(key): unclosed group")
        }
    }
}
