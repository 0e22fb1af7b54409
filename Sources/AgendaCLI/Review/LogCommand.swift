import AgendaLocalization
import AgendaModel
import AgendaReports
import AgendaStore
import ArgumentParser
import Foundation

/// `agenda log FILE [--since DATE] [--kind K]... [--person P] [--area A] [--format table|json|csv]`:
/// the list Activity shows, newest first.
struct LogCommand: ReadingCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "List what happened, newest first: goals' changes, reviews, and what sessions recorded.",
        discussion: """
            The list the Activity view shows: changes to goals (an undo or a redo named as such, with the change \\
            it is about), reviews, and sessions planned, started and ended, their attendance, decisions, votes \\
            and action items. Values in words of the interface's language (--lang, else LC_ALL, LC_MESSAGES and \\
            LANG); JSON and CSV also give the file's keys and values.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json, csv
    }

    @OptionGroup var target: AgendaFileArgument

    @Option(help: ArgumentHelp("Only what happened since this day.", valueName: "YYYY-MM-DD"), transform: ValueParsers.day)
    var since: Day?

    @Option(help: ArgumentHelp("Only this kind: change, review, session, decision, vote or action (repeatable).", valueName: "kind"),
            completion: .list(Activity.Kind.allCases.map(\.rawValue)))
    var kind: [Activity.Kind] = []

    @Option(help: "Only what this person did (case and accents ignored).")
    var person: String?

    @Option(help: "Only goals of this area (its id), and sessions with an item on one.")
    var area: String?

    @Option(help: "Output format: table, json or csv.", completion: .list(["table", "json", "csv"]))
    var format: Format = .table

    @OptionGroup var interface: LanguageOption

    func run(reading agenda: Agenda) throws {
        if let area, agenda.area(area) == nil { throw Failure(file: target.file, .noSuchArea(area)) }
        let filter = Activity.Filter(since: since, person: person, area: area, kinds: Set(kind))
        let log = ActivityLog(agenda, filter: filter, strings: strings)
        switch format {
        case .table: Console.out(table(log, strings))
        case .csv: Console.out(exact: log.csv())
        case .json:
            var writer = JSONWriter()
            writer.value(.array(log.entries.map { entry in
                .object(log.fields(entry).map { JSONMember($0.key, $0.value.map(JSONValue.string) ?? .null) })
            }))
            Console.out(bytes: writer.finish())
        }
    }

    private func table(_ log: ActivityLog, _ strings: Strings) -> String {
        var table = TextTable([
            .init(header: strings[.columnDate].uppercased()), .init(header: strings[.reportWho].uppercased(), shrinks: true, minimum: 8),
            .init(header: strings[.columnID].uppercased()),
            .init(header: strings[.activityWhat].uppercased(), shrinks: true, minimum: 20),
        ])
        let offset = TimeZone.current.secondsFromGMT()
        for entry in log.entries {
            table.append([DateText.time(entry.time, strings.language, utcOffset: offset), entry.by, ActivityWords.subject(entry),
                          log.words.describe(entry) + " · " + log.words.title(entry)])
        }
        return table.render(width: Console.terminalWidth)
    }
}

extension Activity.Kind: ExpressibleByArgument {}
