import AgendaLocalization
import AgendaModel
import AgendaReports
import AgendaStore
import ArgumentParser
import Foundation

/// `agenda report FILE [--format md|csv|html] [--since DATE] [--area A] [--output PATH] [--private]`.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a progress report for people who never open a terminal.",
        discussion: """
            Markdown: a summary, then per area a table of goals with status, owners, organizations, progress, \
            due date and last review, then the changes since --since. CSV: one RFC 4180 row per goal with \
            every field. HTML: one self-contained file with charts, readable on a phone and printable. In the \
            interface's language (--lang, else LC_ALL, LC_MESSAGES and LANG).
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case md, csv, html
    }

    @OptionGroup var target: AgendaFileArgument

    @Option(help: "md, csv or html.")
    var format: Format = .md

    @Option(help: ArgumentHelp("List the changes made since this day.", valueName: "YYYY-MM-DD"), transform: ValueParsers.day)
    var since: Day?

    @Option(help: "Only this area (its id).")
    var area: String?

    @Option(help: "Write to this file instead of standard output.", completion: .file())
    var output: String?

    @Flag(name: .customLong("private"), help: "Leave out people's names other than owners, for publishing.")
    var isPrivate = false

    @Option(help: ArgumentHelp("The language: en, es, pt or fr.", valueName: "language"), completion: .list(["en", "es", "pt", "fr"]))
    var lang: String?

    func run() throws {
        try reporting {
            let agenda = try FileAgendaStore.forCommandLine().load(target.file)
            if let area, agenda.area(area) == nil { throw Failure(file: target.file, .noSuchArea(area)) }
            let strings = Strings(Language.resolve(option: lang, environment: ProcessInfo.processInfo.environment))
            let report = ProgressReport(agenda: agenda, strings: strings, today: Environment.today, since: since, area: area,
                                        isPrivate: isPrivate)
            let text: String
            switch format {
            case .md: text = report.markdown()
            case .csv: text = report.csv()
            case .html: text = report.html()
            }
            try ReportOutput.write(text, to: output, exact: format == .csv)
        }
    }
}
