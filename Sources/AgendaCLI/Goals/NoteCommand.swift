import AgendaModel
import AgendaStore
import ArgumentParser

/// `agenda note FILE GOAL-ID TEXT`: adds a note to a goal.
struct NoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "note", abstract: strings[.cmdNoteAbstract])

    @OptionGroup var target: GoalTarget

    @Argument(help: ArgumentHelp(.cmdNoteText))
    var text: String

    @OptionGroup var editor: EditorOptions
    @OptionGroup var interface: LanguageOption

    func run() throws {
        try reporting { try editor.apply([.addNote(goal: target.goalID, text: text)], to: target.file) }
    }
}
