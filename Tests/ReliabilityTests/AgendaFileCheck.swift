import AgendaModel
import AgendaStore
import Foundation
import TestSupport

/// What a reliability test checks in an agenda file after each blow: that it reads and validates,
/// which notes it holds, and which temp files of saves lie beside it.
enum AgendaFileCheck {
    /// The agenda in the file when it reads and validates; the error's text otherwise.
    static func read(_ path: String) -> Result<Agenda, AgendaFileError> {
        Result { () throws(AgendaFileError) -> Agenda in try FileAgendaStore().read(path, checking: true).agenda }
    }

    /// The texts of every note of every goal.
    static func noteTexts(_ agenda: Agenda) -> Set<String> {
        var texts: Set<String> = []
        for goal in agenda.goals {
            for note in goal.notes { texts.insert(note.text) }
        }
        return texts
    }

    /// The temp files of saves beside the agenda at `path`: `.NAME.tmp-XXXXXX`.
    static func tempFiles(besides path: String) -> [String] {
        let folder = (path as NSString).deletingLastPathComponent
        let prefix = "." + (path as NSString).lastPathComponent + ".tmp-"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasPrefix(prefix) }.sorted()
    }
}
