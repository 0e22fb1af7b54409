import AgendaLocalization
import AgendaModel
import AgendaReports
import AgendaStore
import ArgumentParser
import Foundation

/// `agenda minutes FILE SESSION-ID [--format md|html] [--output PATH]`: a session's minutes.
struct MinutesCommand: ReadingCommand {
    static let configuration = CommandConfiguration(
        commandName: "minutes",
        abstract: "Write a session's minutes (Markdown on standard output by default).",
        discussion: "The minutes speak the interface's language: --lang, else LC_ALL, LC_MESSAGES and LANG."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case md, html
    }

    @OptionGroup var target: SessionTarget

    @Option(help: "md (Markdown) or html (one self-contained file).")
    var format: Format = .md

    @Option(help: "Write to this file instead of standard output.", completion: .file())
    var output: String?

    @OptionGroup var interface: LanguageOption

    func run(reading agenda: Agenda) throws {
        guard let session = agenda.session(target.sessionID) else {
            throw Failure(file: target.file, .noSuchSession(target.sessionID))
        }
        let report = MinutesReport(session: session, agenda: agenda, strings: strings, now: Environment.now,
                                   utcOffset: TimeZone.current.secondsFromGMT())
        let text = format == .md ? report.markdown() : report.html()
        try ReportOutput.write(text, to: output)
    }
}

/// Writing a report to a file (atomically, readable by its owner only) or to standard output.
///
/// Markdown and HTML come from their renderers with control characters already shown as escapes; on
/// standard output they are text for people, so `Console` checks them again. CSV is data and keeps its
/// exact text (`exact`).
enum ReportOutput {
    static func write(_ text: String, to path: String?, exact: Bool = false) throws {
        guard let path else {
            if exact { Console.out(exact: text) } else { Console.out(text) }
            return
        }
        do {
            try ReportFile.write(Array(text.utf8), to: path)
        } catch {
            throw Failure(error)
        }
    }
}
