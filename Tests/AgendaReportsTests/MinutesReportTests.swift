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
        #expect(markdown.contains("Jan 15, 2026 · Place: Morelia · Facilitator: Comité de Organización · Languages: es, en"))
        #expect(markdown.contains("Time taken: 16:00 of 35:00 planned · the session is not closed yet"))
        #expect(markdown.contains("2 organizations and 2 people attended."))
        #expect(markdown.contains("| MX | Diócesis católicas |"))
        #expect(markdown.contains("| US | Alianza |"))
        #expect(markdown.contains("| Indigenous peoples | Diócesis católicas |"))
        #expect(markdown.contains("### 1. Train migrant leaders (G-0001) (12:00 of 10:00, 2:00 over)"))
        #expect(markdown.contains("Presenter: Leadership Committee"))
        #expect(markdown.contains("- Abrir la escuela a jóvenes organizadoras"))
        #expect(markdown.contains("- ¿Aprobar el presupuesto?: 14 for, 3 against, 2 abstaining: carried"))
        #expect(markdown.contains("- G-ACT1 Enviar la carta al Congreso de Michoacán (owner: Comité Legislativo; due: Feb 15, 2026)"))
        #expect(markdown.contains("| Jesús Martínez Saldaña | Alianza | Dominicans, Afro-Latinos | 1 | 3:00 |"))
        #expect(markdown.contains("| Lucía Hernández | Diócesis católicas | Indigenous peoples | 1 | 2:00 |"))
        #expect(markdown.contains("| Afro-Latinos | 1 | 3:00 |"))
    }

    @Test func attendanceListsEachPersonWithCountryOrganizationAndCommunities() throws {
        let markdown = try report().markdown()
        #expect(markdown.contains("| Country | Name | Organization | Communities |"), "\(markdown)")
        #expect(markdown.contains("| MX | Jesús Martínez Saldaña |  |  |"))
        #expect(markdown.contains("| MX | Lucía Hernández | Diócesis católicas | Indigenous peoples |"))
    }

    @Test func communitiesAreNamedInTheLanguageAndUnknownOnesKeepTheirSlug() throws {
        var agenda = SessionFixtures.runAgenda()
        agenda.organizations[0].communities = ["dominican", "garifuna"]
        let session = try #require(agenda.session("S-0001"))
        let spanish = MinutesReport(session: session, agenda: agenda, strings: Strings(.spanish), now: SessionFixtures.time(16))
            .markdown()
        #expect(spanish.contains("| Pueblos indígenas | Diócesis católicas |"), "\(spanish)")
        #expect(spanish.contains("| Dominicanos | Alianza |"))
        #expect(spanish.contains("| garifuna | Alianza |"))
        #expect(spanish.contains("| Jesús Martínez Saldaña | Alianza | Dominicanos, garifuna | 1 | 3:00 |"))
        // In running text the communities' names are written as the language writes them: lowercase in Spanish.
        #expect(spanish.contains(Strings(.spanish).format(.minutesMissingCommunities, "afrolatinos")))
        #expect(!spanish.contains("indigenous") && !spanish.contains("dominican ") && !spanish.contains("dominican,")
            && !spanish.contains("dominican |"))
        let french = MinutesReport(session: session, agenda: agenda, strings: Strings(.french), now: SessionFixtures.time(16))
            .markdown()
        #expect(french.contains("| Peuples autochtones | 1 | 2:00 |"))
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
        #expect(html.contains("<td class=\"n\">3:00</td>"))
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
    }
}
