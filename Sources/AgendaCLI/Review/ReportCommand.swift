import AgendaLocalization
import AgendaModel
import AgendaReports
import AgendaStore
import ArgumentParser
import Foundation

/// `agenda report FILE [--format md|csv|html] [--what goals|sessions|decisions|actions] [--since DATE] [--area A]
/// [--output PATH] [--private] [--raw] [--no-bom]`.
struct ReportCommand: ReadingCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a progress report for people who never open a terminal.",
        discussion: """
            Markdown: a summary, then per area a table of goals with status, owners, organizations, progress, \
            due date and last review, the meetings (since --since) with their decisions, votes and action items, \
            then what changed since --since. HTML: the same in one self-contained file with charts, readable on \
            a phone and printable. CSV, for spreadsheets: one RFC 4180 row per goal with every field (--what \
            goals), per session, per decision or vote, or per action item; UTF-8 with a byte-order mark, \
            headers and values in the interface's language, and cells that a spreadsheet would run as a \
            formula neutralized with a leading '; --raw gives the file's keys and untouched cells for \
            programs. In the interface's language (--lang, else LC_ALL, LC_MESSAGES and LANG).
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case md, csv, html
    }

    @OptionGroup var target: AgendaFileArgument

    @Option(help: "md, csv or html.")
    var format: Format = .md

    @Option(help: ArgumentHelp("For CSV: goals, sessions, decisions (and votes) or actions (action items).", valueName: "what"),
            completion: .list(CSVKind.allCases.map(\.rawValue)))
    var what: CSVKind = .goals

    @Option(help: ArgumentHelp("List the meetings and changes since this day.", valueName: "YYYY-MM-DD"), transform: ValueParsers.day)
    var since: Day?

    @Option(help: "Only this area (its id).")
    var area: String?

    @Option(help: "Write to this file instead of standard output.", completion: .file())
    var output: String?

    @Flag(name: .customLong("private"), help: """
        For publishing: replace email addresses and phone numbers in free text with "[contact removed]", and leave \
        out people's names other than owners.
        """)
    var isPrivate = false

    @Flag(help: "For CSV: the file's keys and values, cells untouched (for programs, not spreadsheets).")
    var raw = false

    @Flag(name: .customLong("no-bom"), help: "For CSV: no UTF-8 byte-order mark at the start.")
    var noByteOrderMark = false

    @OptionGroup var interface: LanguageOption

    func run(reading agenda: Agenda) throws {
        if let area, agenda.area(area) == nil { throw Failure(file: target.file, .noSuchArea(area)) }
        let report = ProgressReport(agenda: agenda, strings: strings, today: Environment.today, since: since, area: area,
                                    isPrivate: isPrivate)
        let text: String
        switch format {
        case .md: text = report.markdown()
        case .csv:
            var options: CSVOptions = raw ? .raw() : .spreadsheet(strings)
            options.byteOrderMark = !noByteOrderMark
            text = report.csv(what, options)
        case .html: text = report.html()
        }
        try ReportOutput.write(text, to: output, exact: format == .csv)
    }
}

extension CSVKind: ExpressibleByArgument {}
