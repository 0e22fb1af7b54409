import AgendaModel
import AgendaStore
import ArgumentParser

/// `agenda review FILE GOAL-ID --health on-track|at-risk|off-track [--comment C]`: a review mark; prints
/// what it recorded.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review", abstract: strings[.cmdReviewAbstract])

    @OptionGroup var target: GoalTarget

    @Option(help: ArgumentHelp(.cmdReviewHealth, valueName: "health"), completion: .known(Health.self), transform: ValueParsers.health)
    var health: Health

    @Option(help: ArgumentHelp(.cmdReviewComment))
    var comment: String = ""

    @OptionGroup var editor: EditorOptions
    @OptionGroup var interface: LanguageOption

    func run() throws {
        try reporting {
            var recorded: Review?
            try FileAgendaStore.forCommandLine().update(target.file) { (agenda: inout Agenda) throws(AgendaFileError) in
                let id = agenda.goal(target.goalID)?.id ?? target.goalID
                let review = Review(goal: id, reviewer: editor.who, date: Environment.today, health: health, comment: comment,
                                    time: Environment.now)
                try agenda.apply([.addReview(review)], by: editor.who, file: target.file)
                recorded = review
            }
            if let recorded {
                let health = GoalText.health(recorded.health)
                let said = recorded.comment.isEmpty ? health : health + " (" + ChangeText.oneLine(recorded.comment) + ")"
                Console.line(strings.format(.cliReviewed, recorded.goal, said, recorded.reviewer, GoalText.day(recorded.date)))
            }
        }
    }
}
