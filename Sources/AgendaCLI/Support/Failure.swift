import AgendaLocalization
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

    /// The store's refusal, its messages in the command line's language.
    init(_ error: AgendaFileError) {
        lines = error.localizedLines
    }

    /// An edit's refusal on a file, in the command line's language.
    init(file: String, _ error: EditError) {
        lines = ["\(file): " + error.localized]
    }

    /// A refusal about one file, in the command line's language.
    init(file: String, _ message: String) {
        lines = ["\(file): " + message]
    }
}

extension EditError {
    /// The refusal in the command line's language.
    var localized: String { EditErrorText.describe(self, strings) }
}

extension AgendaFileError {
    /// The problems, one per line as `lines` gives them (`FILE:LINE:COLUMN: message`), each message in
    /// the command line's language where the catalogue has it.
    var localizedLines: [String] {
        var translated = self
        for index in translated.items.indices {
            translated.items[index].message = FileMessages.translate(translated.items[index].message, strings)
        }
        return translated.lines
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
            error.localizedLines.forEach(Console.error)
            throw ExitCode.failure
        }
    }
}
