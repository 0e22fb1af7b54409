import AgendaLocalization
import AgendaModel
import AgendaStore

extension Agenda {
    /// Applies a command's edits now, turning a refusal into an error on the file, in the command line's
    /// language, that says nothing was written.
    mutating func apply(_ edits: [Edit], by who: String, file: String) throws(AgendaFileError) {
        do {
            try apply(edits, by: who, at: Environment.now)
        } catch {
            throw AgendaFileError(file: file, strings.format(.fileNothingWritten, EditErrorText.describe(error, strings)))
        }
    }
}
