import AgendaModel
import AgendaReports
import AgendaStore
import ArgumentParser

/// `agenda session list FILE`: sessions with date, state, items and planned time.
struct SessionListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the sessions.")

    @OptionGroup var target: AgendaFileArgument

    func run() throws {
        try reporting {
            let agenda = try FileAgendaStore.forCommandLine().load(target.file)
            var table = TextTable([
                .init(header: "ID"), .init(header: "DATE"), .init(header: "STATE"),
                .init(header: "TITLE", shrinks: true, minimum: 16), .init(header: "ITEMS", alignment: .right),
                .init(header: "PLANNED", alignment: .right),
            ])
            for session in agenda.sessions {
                table.append([session.id, session.date.description, session.state.rawValue, session.title,
                              String(session.items.count), Durations.minutes(session.plannedMinutes)])
            }
            Console.out(table.render(width: Console.terminalWidth))
        }
    }
}
