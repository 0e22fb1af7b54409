import AgendaModel
import AgendaStore
import ArgumentParser

/// `agenda delete FILE GOAL-ID`: removes a goal, and its sub-goals when asked to.
struct DeleteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete", abstract: strings[.cmdDeleteAbstract], discussion: strings[.cmdDeleteDiscussion])

    @OptionGroup var target: GoalTarget

    @Flag(help: ArgumentHelp(.cmdDeleteWithSubgoals))
    var withSubgoals = false

    @OptionGroup var editor: EditorOptions
    @OptionGroup var interface: LanguageOption

    func run() throws {
        try reporting {
            let deleted = try FileAgendaStore.forCommandLine().update(target.file) { (agenda) throws(AgendaFileError) -> [String] in
                guard let goal = agenda.goal(target.goalID) else {
                    throw AgendaFileError(file: target.file, EditError.noSuchGoal(target.goalID).localized)
                }
                let family = agenda.subtree(of: goal.id)
                if family.count > 1 && !withSubgoals {
                    let shown = family.dropFirst().prefix(5).joined(separator: ", ") + (family.count > 6 ? ", …" : "")
                    throw AgendaFileError(file: target.file, strings.format(
                        .fileNothingWritten, strings.format(.cliHasSubGoals, goal.id, family.count - 1, shown)))
                }
                try agenda.apply([.deleteGoal(id: goal.id)], by: editor.who, file: target.file)
                return family
            }
            let ids = deleted.joined(separator: ", ")
            Console.line(strings.format(deleted.count == 1 ? .cliDeletedOne : .cliDeletedMany, ids))
        }
    }
}
