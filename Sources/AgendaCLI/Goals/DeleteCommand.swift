import AgendaModel
import AgendaStore
import ArgumentParser

/// `agenda delete FILE GOAL-ID`: removes a goal, and its sub-goals when asked to.
struct DeleteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete",
        abstract: "Delete a goal.",
        discussion: "A goal with sub-goals is deleted only with --with-subgoals, which deletes them too."
    )

    @OptionGroup var target: GoalTarget

    @Flag(help: "Also delete the goal's sub-goals, at every depth.")
    var withSubgoals = false

    @OptionGroup var editor: EditorOptions

    func run() throws {
        try reporting {
            let deleted = try FileAgendaStore.forCommandLine().update(target.file) { (agenda) throws(AgendaFileError) -> [String] in
                guard let goal = agenda.goal(target.goalID) else {
                    throw AgendaFileError(file: target.file, EditError.noSuchGoal(target.goalID).description)
                }
                let family = agenda.subtree(of: goal.id)
                if family.count > 1 && !withSubgoals {
                    throw AgendaFileError(
                        file: target.file,
                        "\(goal.id) has \(family.count - 1) sub-goal\(family.count == 2 ? "" : "s") "
                            + "(\(family.dropFirst().prefix(5).joined(separator: ", "))\(family.count > 6 ? ", ..." : "")); "
                            + "add --with-subgoals to delete them too; nothing was written")
                }
                try agenda.apply([.deleteGoal(id: goal.id)], by: editor.who, file: target.file)
                return family
            }
            Console.line("deleted " + deleted.joined(separator: ", "))
        }
    }
}
