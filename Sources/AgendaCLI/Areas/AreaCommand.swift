import AgendaModel
import AgendaStore
import ArgumentParser

/// `agenda area list|add|remove FILE ...`: the agenda's areas of work.
struct AreaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "area",
        abstract: "List, add and remove areas.",
        subcommands: [AreaListCommand.self, AreaAddCommand.self, AreaRemoveCommand.self]
    )
}

/// `agenda area list FILE`: areas with their goal counts and progress.
struct AreaListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List areas with counts and progress.")

    @OptionGroup var target: AgendaFileArgument

    func run() throws {
        try reporting {
            let agenda = try FileAgendaStore.forCommandLine().load(target.file)
            var table = TextTable([
                .init(header: "ID"), .init(header: "NAME", shrinks: true, minimum: 16),
                .init(header: "GOALS", alignment: .right), .init(header: "PROGRESS", alignment: .right),
            ])
            for (area, summary) in zip(agenda.areas, Rollup.byArea(agenda)) {
                table.append([area.id, area.name, String(summary.total), GoalText.progress(summary.progress)])
            }
            Console.out(table.render(width: Console.terminalWidth))
        }
    }
}

/// `agenda area add FILE --id ID --name NAME`: adds an area.
struct AreaAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Add an area.")

    @OptionGroup var target: AgendaFileArgument

    @Option(help: "A short readable id such as leadership.", transform: ValueParsers.slug)
    var id: String

    @Option(help: "The area's name.", transform: ValueParsers.nonEmpty)
    var name: String

    @Option(help: "What the area covers.")
    var description: String = ""

    @OptionGroup var editor: EditorOptions

    func run() throws {
        try reporting { try editor.apply([.addArea(Area(id: id, name: name, description: description))], to: target.file) }
    }
}

/// `agenda area remove FILE AREA-ID`: removes an area no goal uses.
struct AreaRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove an area that no goal uses.")

    @OptionGroup var target: AgendaFileArgument

    @Argument(help: ArgumentHelp("The area's id.", valueName: "area-id"))
    var id: String

    @OptionGroup var editor: EditorOptions

    func run() throws {
        try reporting { try editor.apply([.removeArea(id: id)], to: target.file) }
    }
}
