@testable import AgendaLocalization
import AgendaModel
import AgendaReports
import AgendaStore
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import TestSupport

/// The progress report of the sample agenda, in its three formats.
@Suite struct ProgressReportTests {
    static let today = Day("2026-11-29")!
    static let sample: Agenda = try! FileAgendaStore().load(Paths.sampleAgenda)

    func report(_ language: Language = .english, since: Day? = Day("2026-11-01"), area: String? = nil,
                isPrivate: Bool = false, agenda: Agenda = sample) -> ProgressReport {
        ProgressReport(agenda: agenda, strings: Strings(language), today: Self.today, since: since, area: area, isPrivate: isPrivate)
    }

    @Test func markdownOfTheSampleMatchesItsSnapshot() {
        Snapshot.assert(report().markdown(), named: "sample-report.md")
    }

    @Test func csvOfTheSampleMatchesItsSnapshotAndParsesBackToEveryGoal() throws {
        let csv = report().csv()
        // The snapshot holds the text after the byte-order mark (reading a file drops it).
        #expect(csv.hasPrefix("\u{FEFF}ID,Title,Area,Parent goal,Status,"))
        Snapshot.assert(String(csv.dropFirst()), named: "sample-report.csv")
        let rows = CSVReader.parse(String(csv.dropFirst()))
        #expect(rows.first == GoalCSV.header(Strings(.english)))
        #expect(rows.count == Self.sample.goals.count + 1)
        #expect(rows.allSatisfy { $0.count == GoalCSV.header.count })
        for (row, goal) in zip(rows.dropFirst(), Self.sample.goals) {
            #expect(row[0] == goal.id && row[1] == goal.title && row[14] == goal.description)
            #expect(row[10] == goal.owners.joined(separator: "; "))
        }
    }

    @Test func htmlIsSelfContainedValidXMLAndHoldsEveryGoal() throws {
        let html = report().html()
        #expect(!html.contains("<script"))
        #expect(!html.contains("src=") && !html.contains("href=") && !html.contains("@import") && !html.contains("url("))
        #expect(html.contains("<svg"))
        let xml = String(html.drop { $0 != "<" }.dropFirst("<!DOCTYPE html>".count))
        let parser = XMLParser(data: Data(xml.utf8))
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        for goal in Self.sample.goals {
            #expect(html.contains(HTMLRendererEscape.escape(goal.title)), "\(goal.title)")
        }
    }

    @Test func theReportSpeaksTheLanguageAndKeepsAccents() {
        let spanish = report(.spanish).markdown()
        #expect(spanish.contains(Strings(.spanish).format(.reportTitle, Self.sample.title)))
        #expect(spanish.contains("Michoacán"))
        #expect(spanish.contains("30 sep 2026"))
    }

    /// A meeting's action item not started is left out of the areas' progress, and the summary says so.
    @Test func actionItemsNotStartedAreSaidApartFromTheAreasProgress() {
        let agenda = SessionFixtures.runAgenda()
        let markdown = report(agenda: agenda).markdown()
        #expect(markdown.contains("- 1 action item from meetings not started, left out of the progress figures until it starts"),
                "\(markdown)")
        #expect(Dashboard(agenda, today: Self.today).areas.last?.notStarted == ["G-ACT1"])
        #expect(report(.spanish, agenda: agenda).markdown().contains(
            "- 1 tarea acordada en sesión sin empezar, fuera de las cifras de avance hasta que empiece"))
        #expect(!report().markdown().contains("not started, left out"))
    }

    @Test func oneAreaAndTheChangesSince() {
        let markdown = report(area: "voting-abroad").markdown()
        #expect(markdown.contains("## Voting rights abroad"))
        #expect(!markdown.contains("## Leadership and organizational strength"))
        #expect(markdown.contains("## Changes since Nov 1, 2026"))
        #expect(markdown.contains("| Voting Rights Working Group | G-MZSW |"))
    }

    @Test func privateLeavesOutNamesOtherThanOwners() throws {
        var agenda = Self.sample
        try agenda.apply(.setGoal(id: "G-MZSW", .progress(35)), by: "Lucía Hernández", at: Timestamp.parse("2026-11-20T12:00:00Z")!)
        let open = report(agenda: agenda).markdown()
        // The net change since Nov 1: 25% on Nov 3 by the owners, 35% on Nov 20 by Lucía.
        #expect(open.contains("| Nov 20, 2026 | Voting Rights Working Group, Lucía Hernández | G-MZSW | progress: 25% → 35% |"))
        let closed = report(isPrivate: true, agenda: agenda).markdown()
        #expect(!closed.contains("Lucía Hernández"))
        #expect(closed.contains("| Nov 20, 2026 | Voting Rights Working Group | G-MZSW | progress: 25% → 35% |"))
        var byOthers = agenda
        try byOthers.apply(.setGoal(id: "G-MZSW", .progress(40)), by: "Lucía Hernández", at: Timestamp.parse("2026-11-21T12:00:00Z")!)
        #expect(report(since: Day("2026-11-20"), isPrivate: true, agenda: byOthers).markdown()
            .contains("| Nov 21, 2026 | — | G-MZSW | progress: 30% → 40% |"))
    }

    @Test func reviewsShowAsLastReview() throws {
        var agenda = Self.sample
        try agenda.apply(.addReview(Review(goal: "G-MZSW", reviewer: "Ana", date: Day("2026-11-28")!, health: .atRisk,
                                           comment: "sin fondos")), by: "Ana", at: Date())
        let markdown = report(since: Day("2026-11-01"), agenda: agenda).markdown()
        #expect(markdown.contains("| Nov 28, 2026 at risk — sin fondos |"), "\(markdown)")
        // The review is among the changes, with its comment.
        #expect(markdown.contains("| Nov 28, 2026 | Ana | G-MZSW | review: at risk — sin fondos |"), "\(markdown)")
        let csv = CSVReader.parse(report(agenda: agenda).csv())
        let row = try #require(csv.first { $0.first == "G-MZSW" })
        #expect(Array(row.suffix(3)) == ["2026-11-28", "at risk", "sin fondos"])
        let raw = CSVReader.parse(report(agenda: agenda).csv(.goals, .raw()))
        #expect(Array(try #require(raw.first { $0.first == "G-MZSW" }).suffix(3)) == ["2026-11-28", "at-risk", "sin fondos"])
    }
}

/// The HTML renderer's escaping, reached for tests.
enum HTMLRendererEscape {
    static func escape(_ text: String) -> String { HTMLRenderer.escape(text) }
}

/// A small RFC 4180 reader, to check the CSV written.
enum CSVReader {
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var characters = Array(text)[...]
        while let c = characters.popFirst() {
            if quoted {
                if c == "\"" {
                    if characters.first == "\"" {
                        field.append("\"")
                        characters.removeFirst()
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(field)
                field = ""
            } else if c == "\r\n" || c == "\n" {
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            } else {
                field.append(c)
            }
        }
        return rows
    }
}
