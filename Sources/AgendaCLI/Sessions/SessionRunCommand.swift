import AgendaLocalization
import AgendaModel
import AgendaStore
import AgendaTUI
import ArgumentParser
import Foundation
import NcursesBackend

/// `agenda session run FILE SESSION-ID`: the full-screen program in the session's live mode.
struct SessionRunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a session live in the full-screen program.",
        discussion: "Reopening a live session resumes it where it was, clocks included."
    )

    @OptionGroup var target: SessionTarget

    @Option(help: ArgumentHelp("The interface's language: en, es, pt or fr.", valueName: "language"), completion: .list(["en", "es", "pt", "fr"]))
    var lang: String?

    @OptionGroup var editor: EditorOptions

    func run() throws {
        try reporting {
            let agenda = try FileAgendaStore.forCommandLine().load(target.file)
            guard let session = agenda.session(target.sessionID) else {
                throw Failure(file: target.file, .noSuchSession(target.sessionID))
            }
            try Interactive.run(.session(file: target.file, id: session.id), lang: lang, who: editor.who)
        }
    }
}
