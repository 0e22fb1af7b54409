import AgendaModel
import AgendaStore
import ArgumentParser

/// `agenda note FILE GOAL-ID TEXT`: adds a note to a goal.
struct NoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "note",
        abstract: "Add a note to a goal."
    )

    @OptionGroup var target: GoalTarget

    @Argument(help: "The note's text.")
    var text: String

    @OptionGroup var editor: EditorOptions

    func run() throws {
        try reporting { try editor.apply([.addNote(goal: target.goalID, text: text)], to: target.file) }
    }
}
