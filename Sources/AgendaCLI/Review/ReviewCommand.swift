import AgendaModel
import AgendaStore
import ArgumentParser

/// `agenda review FILE GOAL-ID --health on-track|at-risk|off-track [--comment C]`: a review mark; prints
/// what it recorded.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Record a review of a goal: its health and a comment, by you, today."
    )

    @OptionGroup var target: GoalTarget

    @Option(help: "on-track, at-risk or off-track.", completion: .known(Health.self), transform: ValueParsers.health)
    var health: Health

    @Option(help: "Why.")
    var comment: String = ""

    @OptionGroup var editor: EditorOptions

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
                Console.line("\(recorded.goal): review: \(recorded.health.rawValue)"
                    + (recorded.comment.isEmpty ? "" : " (\(recorded.comment))") + " by \(recorded.reviewer) on \(recorded.date)")
            }
        }
    }
}
