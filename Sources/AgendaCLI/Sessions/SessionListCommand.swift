import AgendaLocalization
import AgendaModel
import AgendaReports
import AgendaStore
import ArgumentParser

/// `agenda session list FILE`: sessions with date, state, items and planned time.
struct SessionListCommand: ReadingCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: strings[.cmdSessionListAbstract])

    @OptionGroup var target: AgendaFileArgument
    @OptionGroup var interface: LanguageOption

    func run(reading agenda: Agenda) throws {
        var table = TextTable([
            .init(.columnID), .init(.columnDate), .init(.columnState),
            .init(.columnTitle, shrinks: true, minimum: 16), .init(.columnItems, alignment: .right),
            .init(.columnPlanned, alignment: .right),
        ])
        for session in agenda.sessions {
            table.append([session.id, GoalText.day(session.date), Labels.sessionState(session.state, strings), session.title,
                          String(session.items.count), Durations.minutes(session.plannedMinutes)])
        }
        Console.out(table.render(width: Console.terminalWidth))
    }
}
