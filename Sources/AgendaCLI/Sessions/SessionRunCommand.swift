import AgendaLocalization
import AgendaModel
import AgendaStore
import AgendaTUI
import ArgumentParser
import Foundation
import NcursesBackend

/// `agenda session run FILE SESSION-ID`: the full-screen program in the session's live mode.
struct SessionRunCommand: ReadingCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: strings[.cmdSessionRunAbstract], discussion: strings[.cmdSessionRunDiscussion])

    @OptionGroup var target: SessionTarget

    @OptionGroup var editor: EditorOptions
    @OptionGroup var interface: LanguageOption

    func run(reading agenda: Agenda) throws {
        guard let session = agenda.session(target.sessionID) else {
            throw Failure(file: target.file, .noSuchSession(target.sessionID))
        }
        try Interactive.run(.session(file: target.file, id: session.id), lang: interface.lang, who: editor.who)
    }
}
