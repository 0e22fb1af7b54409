import AgendaLocalization
import AgendaModel
import AgendaReports
import AgendaStore
import ArgumentParser

/// `agenda list FILE`: the goals, filtered, as a table, JSON or CSV.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: strings[.cmdListAbstract], discussion: strings[.cmdListDiscussion])

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json, csv
    }

    @OptionGroup var target: AgendaFileArgument
    @OptionGroup var selection: GoalFilterOptions

    @Option(help: ArgumentHelp(.cmdListSort), completion: .list(["file", "due", "progress", "status", "title"]))
    var sort: GoalSort.Value = .init(.file)

    @Option(help: ArgumentHelp(.cmdFormatTableJSONCSV), completion: .list(["table", "json", "csv"]))
    var format: Format = .table

    @Option(help: ArgumentHelp(.cmdListLimit))
    var limit: Int?

    @Flag(help: ArgumentHelp(.cmdListCount))
    var count = false

    @Flag(help: "For CSV: cells exactly as the file holds them, even those a spreadsheet would run as a formula.")
    var raw = false

    @OptionGroup var interface: LanguageOption

    func run() throws {
        try reporting {
            // A table or a count shows no description, note or history: those are passed over unread,
            // unless a search needs them, or an owner is checked against the people (also passed over).
            let listingOnly = (format == .table || count) && (selection.search ?? "").isEmpty && selection.owner == nil
            let store = FileAgendaStore.forCommandLine()
            let agenda = listingOnly ? try store.readForListing(target.file) : try store.load(target.file)
            try selection.check(in: agenda, file: target.file)
            let matcher = GoalFilter.Matcher(selection.filter, agenda: agenda)
            if count {
                Console.line(String(agenda.goals.reduce(0) { $0 + (matcher.matches($1) ? 1 : 0) }))
                return
            }
            var rows: [(goal: Goal, depth: Int)] = []
            if sort.value == .file {
                // Indent a goal under the listed goals it descends from, so a filtered list still reads as a
                // tree; with a limit, the outline is read only as far as the limit.
                // The outline lists a parent before its sub-goals, so each goal's count of listed ancestors
                // is its parent's plus one when the parent is listed: one step per goal, however deep.
                let graph = GoalGraph(agenda.goals)
                var listed = [Bool](repeating: false, count: agenda.goals.count)
                var listedAbove = [Int](repeating: 0, count: agenda.goals.count)
                for row in GoalOutline.rows(of: agenda, graph: graph) {
                    if let limit, rows.count >= limit { break }
                    let parent = graph.parent[row.index]
                    if row.depth > 0, parent >= 0 {
                        listedAbove[row.index] = listedAbove[parent] + (listed[parent] ? 1 : 0)
                    }
                    let goal = agenda.goals[row.index]
                    guard matcher.matches(goal) else { continue }
                    listed[row.index] = true
                    rows.append((goal, listedAbove[row.index]))
                }
            } else {
                rows = sort.value.sorted(agenda.goals.filter(matcher.matches)).map { ($0, 0) }
            }
            if let limit { rows = Array(rows.prefix(max(0, limit))) }
            switch format {
            case .table: Console.out(table(rows, agenda: agenda))
            case .json: Console.out(bytes: JSONAgendaFormat().encodeGoals(rows.map(\.goal)))
            case .csv:
                let options = CSVOptions(words: nil, neutralizesFormulas: !raw, byteOrderMark: false)
                Console.out(exact: GoalCSV.render(rows.map(\.goal), reviews: agenda.latestReviews, options: options))
            }
        }
    }

    /// The goals as a table for people: headers, statuses and dates in the command line's language, and
    /// titles and area names read in it too (`Reading`: a translation, else the original marked `[en]`).
    private func table(_ rows: [(goal: Goal, depth: Int)], agenda: Agenda) -> String {
        let today = Environment.today
        let reading = Reading(agenda, strings)
        var table = TextTable([
            .init(.columnID), .init(.columnTitle, shrinks: true, minimum: 16), .init(.columnStatus),
            .init(.columnProgress, alignment: .right), .init(.columnDue), .init(.detailArea, shrinks: true, minimum: 12),
            .init(.columnOwners, shrinks: true, minimum: 10),
        ])
        for (goal, depth) in rows {
            table.append([
                goal.id, String(repeating: "  ", count: min(depth, 8)) + Reading.joined(reading.title(goal)),
                GoalText.status(goal.status), GoalText.progress(goal.progress), GoalText.due(goal, today: today),
                agenda.area(goal.area).map { Reading.joined(reading.name($0)) } ?? goal.area, GoalText.list(goal.owners),
            ])
        }
        return table.render(width: Console.terminalWidth)
    }
}

extension GoalSort {
    /// A sort order as an option value.
    struct Value: ExpressibleByArgument {
        let value: GoalSort

        init(_ value: GoalSort) {
            self.value = value
        }

        init?(argument: String) {
            guard let value = GoalSort(rawValue: argument.lowercased()) else { return nil }
            self.value = value
        }

        static var allValueStrings: [String] { GoalSort.allCases.map(\.rawValue) }
        var defaultValueDescription: String { value.rawValue }
    }
}
