import AgendaModel
import AgendaStore
import ArgumentParser

/// An operation that failed for a reason the user can act on; reported on standard error, exit 1.
struct Failure: Error {
    /// The lines to print, each already in `FILE:LINE:COLUMN: message` or `agenda: message` form.
    var lines: [String]

    init(_ message: String) {
        lines = ["agenda: " + message]
    }

    /// Lines already in their final form.
    init(lines: [String]) {
        self.lines = lines
    }

    init(_ error: AgendaFileError) {
        lines = error.lines
    }

    init(file: String, _ error: EditError) {
        lines = ["\(file): \(error)"]
    }
}

extension ParsableCommand {
    /// Runs `body`, printing a `Failure` to standard error and exiting 1 instead of letting the
    /// argument parser prefix it with "Error:". (A save's warnings reach standard error through the
    /// store, see `FileAgendaStore.forCommandLine`.)
    func reporting(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let failure as Failure {
            failure.lines.forEach(Console.error)
            throw ExitCode.failure
        } catch let error as AgendaFileError {
            error.lines.forEach(Console.error)
            throw ExitCode.failure
        }
    }
}
