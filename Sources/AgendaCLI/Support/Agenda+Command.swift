import AgendaModel
import AgendaStore

extension Agenda {
    /// Applies a command's edits now, turning a refusal into an error on the file that says nothing was written.
    mutating func apply(_ edits: [Edit], by who: String, file: String) throws(AgendaFileError) {
        do {
            try apply(edits, by: who, at: Environment.now)
        } catch {
            throw AgendaFileError(file: file, error.description + "; nothing was written")
        }
    }
}
