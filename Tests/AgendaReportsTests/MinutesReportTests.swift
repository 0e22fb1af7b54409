@testable import AgendaLocalization
import AgendaModel
import AgendaReports
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import TestSupport

/// The minutes of a session: what they say, in each language, as Markdown and as HTML.
@Suite struct MinutesReportTests {
    func report(_ language: Language = .english) throws -> MinutesReport {
        let agenda = SessionFixtures.runAgenda()
        return MinutesReport(session: try #require(agenda.session("S-0001")), agenda: agenda, strings: Strings(language),
                             now: SessionFixtures.time(16))
    }

    @Test func markdownHasAttendanceItemsAndSpeakers() throws {
        let markdown = try report().markdown()
        #expect(markdown.hasPrefix("# Minutes: Asamblea de Morelia\n"))
        #expect(markdown.contains("Jan 15, 2026 · Place: Morelia · Facilitator: Comité de Organización · Languages: Spanish, English"))
        #expect(markdown.contains("Time taken: 16\u{A0}min of 35\u{A0}min planned · the session is not closed yet"))
        #expect(markdown.contains("2 organizations and 2 people attended."))
        #expect(markdown.contains("- Mexico: Diócesis católicas\n- United States: Alianza\n"))
        #expect(markdown.contains("- Indigenous peoples: Diócesis católicas"))
        #expect(markdown.contains("### 1. Train migrant leaders (G-0001)\n\nTime: 12\u{A0}min of 10\u{A0}min, 2\u{A0}min over · Presenter: Leadership Committee"))
        #expect(markdown.contains("- Abrir la escuela a jóvenes organizadoras"))
        #expect(markdown.contains("- ¿Aprobar el presupuesto? 14 for, 3 against and 2 abstentions. Result: carried."))
        #expect(markdown.contains("- G-ACT1 Enviar la carta al Congreso de Michoacán (owner: Comité Legislativo; due: Feb 15, 2026)"))
        #expect(markdown.contains("2 people spoke 2 times, 5\u{A0}min in all."))
        #expect(markdown.contains("| Jesús Martínez Saldaña | Alianza | Dominicans, Afro-Latinos | 1 | 3\u{A0}min |"))
        #expect(markdown.contains("| Lucía Hernández | Diócesis católicas | Indigenous peoples | 1 | 2\u{A0}min |"))
        #expect(markdown.contains("| Afro-Latinos | 1 | 3\u{A0}min |"))
        // The floor in order, and who was still waiting.
        #expect(markdown.contains("## The floor, in order\n\n- 12:03 Jesús Martínez Saldaña (Alianza), new point, 3\u{A0}min\n"))
        #expect(markdown.contains("Still waiting when the minutes were written: Ana (point of order)."))
    }

    @Test func attendanceListsEachPersonWithOrganizationCountryAndCommunitiesAndThoseRecordedByName() throws {
        var agenda = SessionFixtures.runAgenda()
        agenda.sessions[0].attendance.named = ["María Gómez"]
        let markdown = MinutesReport(session: agenda.sessions[0], agenda: agenda, strings: Strings(.english), now: SessionFixtures.time(16))
            .markdown()
        #expect(markdown.contains("2 organizations and 3 people attended."), "\(markdown)")
        #expect(markdown.contains("- Jesús Martínez Saldaña — Mexico\n"))
        #expect(markdown.contains("- Lucía Hernández — Diócesis católicas, Mexico (Indigenous peoples)\n"))
        #expect(markdown.contains("Also present, recorded by name: María Gómez."))
    }

    @Test func eachCommunityIsCountedOnceWhateverWordWasTyped() throws {
        var agenda = SessionFixtures.runAgenda()
        agenda.organizations[0].communities = ["dominican", "Dominicanos", "indígenas"]
        agenda.organizations[2].communities = ["indigenous", "Pueblos indígenas"]
        let markdown = MinutesReport(session: agenda.sessions[0], agenda: agenda, strings: Strings(.english), now: SessionFixtures.time(16))
            .markdown()
        #expect(markdown.contains("- Dominicans: Alianza\n- Indigenous peoples: Alianza, Diócesis católicas\n"), "\(markdown)")
        #expect(markdown.contains("| Indigenous peoples | 2 | 5\u{A0}min |"))
        #expect(markdown.components(separatedBy: "Indigenous peoples:").count == 2)
    }

    @Test func pointsOfOrderAndTheProgressiveStackAreRecordedAsTheyHappened() throws {
        var agenda = SessionFixtures.runAgenda()
        func change(_ change: SessionChange, _ minutes: Double) throws {
            try agenda.apply(.changeSession(id: "S-0001", change), by: "Facilitadora", at: SessionFixtures.time(minutes))
        }
        try change(.setProgressive(true), 15.2)
        try change(.addSpeaker(Speaker(id: "P-4", name: "Jesús Martínez Saldaña", organization: "alianza", addedAt: Date())), 15.5)
        try change(.addSpeaker(Speaker(id: "P-5", name: "Pedro Ruiz", organization: "michoacan-congress", addedAt: Date())), 15.7)
        try change(.addSpeaker(Speaker(id: "P-6", name: "Rosa", kind: .pointOfOrder, addedAt: Date())), 15.9)
        try change(.nextSpeaker, 16)  // Ana's point of order, asked first
        try change(.nextSpeaker, 17)  // Rosa's point of order, before Jesús and Pedro
        try change(.nextSpeaker, 18)  // Pedro, who has not spoken yet, before Jesús
        try change(.nextSpeaker, 19)
        let markdown = MinutesReport(session: agenda.sessions[0], agenda: agenda, strings: Strings(.english), now: SessionFixtures.time(20))
            .markdown()
        #expect(markdown.contains("- 12:16 Ana, point of order, 1\u{A0}min\n"), "\(markdown)")
        #expect(markdown.contains("- 12:17 Rosa, point of order, 1\u{A0}min — point of order: spoke before Jesús Martínez Saldaña, Pedro Ruiz\n"))
        #expect(markdown.contains("- 12:18 Pedro Ruiz (Congreso de Michoacán), new point, 1\u{A0}min — progressive stack: spoke before "
            + "Jesús Martínez Saldaña, who asked earlier (first time speaking)\n"))
        #expect(markdown.contains("- 12:19 Jesús Martínez Saldaña (Alianza), new point, 1\u{A0}min\n"))
        let spanish = MinutesReport(session: agenda.sessions[0], agenda: agenda, strings: Strings(.spanish), now: SessionFixtures.time(20))
            .markdown()
        #expect(spanish.contains("lista progresiva: habló antes que Jesús Martínez Saldaña, que la había pedido antes (primera intervención)"))
    }

    @Test func communitiesAreNamedInTheLanguageAndUnknownOnesKeepTheirWords() throws {
        var agenda = SessionFixtures.runAgenda()
        agenda.organizations[0].communities = ["dominican", "garifuna"]
        let session = try #require(agenda.session("S-0001"))
        let spanish = MinutesReport(session: session, agenda: agenda, strings: Strings(.spanish), now: SessionFixtures.time(16))
            .markdown()
        #expect(spanish.contains("- Pueblos indígenas: Diócesis católicas"), "\(spanish)")
        #expect(spanish.contains("- Dominicanos: Alianza"))
        #expect(spanish.contains("- garifuna: Alianza"))
        #expect(spanish.contains("- Estados Unidos: Alianza\n- México: Diócesis católicas"))
        #expect(spanish.contains("| Jesús Martínez Saldaña | Alianza | Dominicanos, garifuna | 1 | 3\u{A0}min |"))
        // In running text the communities' names are written as the language writes them: lowercase in Spanish.
        #expect(spanish.contains(Strings(.spanish).format(.minutesMissingCommunities, "afrolatinos")))
        #expect(!spanish.contains("indigenous") && !spanish.contains("dominican ") && !spanish.contains("dominican,")
            && !spanish.contains("dominican |"))
        let french = MinutesReport(session: session, agenda: agenda, strings: Strings(.french), now: SessionFixtures.time(16))
            .markdown()
        #expect(french.contains("| Peuples autochtones | 1 | 2\u{A0}min |"))
        #expect(french.contains("- Mexique: Diócesis católicas"))
    }

    @Test func theMinutesSpeakTheInterfacesLanguage() throws {
        let spanish = try report(.spanish).markdown()
        let strings = Strings(.spanish)
        #expect(spanish.contains(strings.format(.minutesTitle, "Asamblea de Morelia")))
        #expect(spanish.contains("15 ene 2026"))
        #expect(spanish.contains(strings[.minutesAttendance]))
        #expect(!spanish.contains("Attendance"))
        #expect(try report(.french).markdown().contains("15 janv. 2026"))
    }

    @Test func htmlIsSelfContainedAndParsesAsXML() throws {
        let html = try report().html()
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("http://") || html.components(separatedBy: "http://").count == 2)  // only the XHTML namespace
        #expect(!html.contains("https://"))
        let xml = String(html.drop { $0 != "<" }.dropFirst("<!DOCTYPE html>".count))
        let parser = XMLParser(data: Data(xml.utf8))
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        #expect(html.contains("Enviar la carta al Congreso de Michoacán"))
        #expect(html.contains("<td data-label=\"Time\" class=\"n nw\">3\u{A0}min</td>"))
        #expect(html.contains("<table class=\"cards\">"))
    }

    @Test func markdownAndHTMLEscapeWhatWouldBreakThem() {
        var doc = ReportDocument(title: "A | B <c> & *d*", language: "es")
        doc.table(["x"], [["1 | 2 <b>"]])
        doc.paragraph("línea 1\nlínea 2 & <i>")
        let markdown = MarkdownRenderer.render(doc)
        #expect(markdown.contains("# A \\| B \\<c\\> & \\*d\\*"))
        #expect(markdown.contains("| 1 \\| 2 \\<b\\> |"))
        let html = HTMLRenderer.render(doc)
        #expect(html.contains("<title>A | B &lt;c&gt; &amp; *d*</title>"))
        #expect(html.contains("<p>línea 1<br />línea 2 &amp; &lt;i&gt;</p>"))
    }

    @Test func durationsReadAsClocks() {
        #expect(Durations.clock(0) == "0:00")
        #expect(Durations.clock(65) == "1:05")
        #expect(Durations.clock(3_725) == "1:02:05")
        #expect(Durations.minutes(90) == "1:30:00")
        #expect(Durations.words(403) == "6\u{A0}min 43\u{A0}s")
        #expect(Durations.words(minutes: 45) == "45\u{A0}min")
        #expect(Durations.words(3_725) == "1\u{A0}h 2\u{A0}min")
        #expect(Durations.words(0) == "0\u{A0}s")
        #expect(Durations.spreadsheet(403) == "0:06:43")
    }
}
