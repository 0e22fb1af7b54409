import AgendaModel
import AgendaStore
import ArgumentParser

/// `agenda review FILE GOAL-ID --health on-track|at-risk|off-track [--comment C]`: a review mark.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Record a review of a goal: its health and a comment, by you, today."
    )

    @OptionGroup var target: AgendaFileArgument

    @Argument(help: ArgumentHelp("The goal's id.", valueName: "goal-id"))
    var goalID: String

    @Option(help: "on-track, at-risk or off-track.", transform: { text in
        guard let health = Health.parse(text) else {
            throw ValidationError("'\(text)' is not a health; use one of: \(Health.knownList)")
        }
        return health
    })
    var health: Health

    @Option(help: "Why.")
    var comment: String = ""

    @OptionGroup var editor: EditorOptions

    func run() throws {
        try reporting {
            try FileAgendaStore().update(target.file) { (agenda: inout Agenda) throws(AgendaFileError) in
                let review = Review(goal: goalID, reviewer: editor.who, date: Environment.today, health: health, comment: comment)
                try agenda.apply([.addReview(review)], by: editor.who, file: target.file)
            }
        }
    }
}
