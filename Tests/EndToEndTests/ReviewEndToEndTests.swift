import AgendaModel
import AgendaStore
import Foundation
import Testing
import TestSupport

/// A reviewer in the real program: from a dashboard figure to its goals, a review mark, and the report
/// that shows it.
@Suite(.serialized) struct ReviewEndToEndTests {
    var agenda: String { "'" + Paths.agendaBinary + "'" }

    @Test func followAFigureMarkAReviewAndFindItInTheReport() throws {
        let folder = TemporaryFolder()
        let path = try folder.sampleCopy()
        let tmux = try TmuxSession(width: 100, height: 30, environment: ["AGENDA_USER": "Revisora Núñez"])
        tmux.run(agenda + " '" + path + "'")
        #expect(tmux.waitFor("45 of 45 goals"), "\(tmux.screen())")
        tmux.send("4")
        #expect(tmux.waitFor("Goals achieved over time"), "\(tmux.screen())")
        #expect(tmux.screen().contains("By country and level of government"))
        // The first row is the first area; Enter offers the goals behind its figures.
        tmux.send("Enter")
        #expect(tmux.waitFor("The goals behind"), "\(tmux.screen())")
        tmux.send("Enter")
        #expect(tmux.waitFor("6 of 45 goals · Filter: Leadership"), "\(tmux.screen())")
        #expect(tmux.screen().contains("1 Goals"))
        // The first goal under the area heading gets a review: at risk, with a comment.
        tmux.send("Down")
        tmux.send("r")
        #expect(tmux.waitFor("Review of G-"), "\(tmux.screen())")
        tmux.send("Right")
        #expect(tmux.waitFor("at risk"), "\(tmux.screen())")
        tmux.send("Tab")
        tmux.send("Falta el taller en Michoacán 日本 🌎", literal: true)
        tmux.send("Enter")
        #expect(tmux.waitFor("Reviewed G-"), "\(tmux.screen())")
        let screen = tmux.screen()
        let id = try #require(screen.firstMatch(of: /Reviewed (G-[0-9A-Z]+): at risk/)?.1).description
        #expect(tmux.waitFor("saved"), "\(tmux.screen())")
        tmux.send("q")
        #expect(tmux.shellAnswers(), "\(tmux.screen())")

        let review = try #require(try FileAgendaStore().load(path).reviews.last)
        #expect(review.goal == id && review.health == .atRisk && review.reviewer == "Revisora Núñez")
        #expect(review.comment == "Falta el taller en Michoacán 日本 🌎")
        let report = CommandRunner.agenda(["report", path, "--format", "md"])
        #expect(report.status == 0, "\(report.stderr)")
        let row = try #require(report.lines.first { $0.hasPrefix("| " + id + " |") }, "\(report.stdout)")
        #expect(row.hasSuffix(" at risk — Falta el taller en Michoacán 日本 🌎 |"), "\(row)")
        #expect(folder.names() == [".agenda-backups", "agenda.json"])
    }
}
