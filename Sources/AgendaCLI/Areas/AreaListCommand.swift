import AgendaModel
import AgendaStore
import ArgumentParser

/// `agenda area list FILE`: areas with their goal counts and progress.
struct AreaListCommand: ReadingCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: strings[.cmdAreaListAbstract])

    @OptionGroup var target: AgendaFileArgument
    @OptionGroup var interface: LanguageOption

    func run(reading agenda: Agenda) throws {
        var table = TextTable([
            .init(.columnID), .init(.columnName, shrinks: true, minimum: 16),
            .init(.columnGoals, alignment: .right), .init(.columnProgress, alignment: .right),
        ])
        for (area, summary) in zip(agenda.areas, Rollup.byArea(agenda)) {
            table.append([area.id, area.name, String(summary.total), GoalText.progress(summary.progress)])
        }
        Console.out(table.render(width: Console.terminalWidth))
    }
}
