import AgendaModel
import AgendaStore
import ArgumentParser

/// `agenda show FILE GOAL-ID`: one goal, whole.
struct ShowCommand: ReadingCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: strings[.cmdShowAbstract])

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var target: GoalTarget

    @Option(help: ArgumentHelp(.cmdFormatTextJSON), completion: .list(["text", "json"]))
    var format: Format = .text

    @OptionGroup var interface: LanguageOption

    func run(reading agenda: Agenda) throws {
        guard let goal = agenda.goal(target.goalID) else {
            throw Failure(file: target.file, .noSuchGoal(target.goalID))
        }
        switch format {
        case .json:
            Console.out(bytes: JSONAgendaFormat().encodeGoal(goal))
        case .text:
            Console.out(GoalReport(goal: goal, agenda: agenda, today: Environment.today).render())
        }
    }
}
