import AgendaModel
import AgendaStore
import ArgumentParser

/// `agenda validate FILE...`: checks agenda files and prints each problem with its position.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check agenda files.",
        discussion: """
            Prints one line per problem as FILE:LINE:COLUMN: message, and FILE: ok for a valid file. \
            Open merge conflicts are listed too, one per line. Exits 1 when any file has a problem or \
            an open conflict. A text holding a control character that terminals obey (ESC, BEL, DEL, a C1 \
            control) or a bidirectional override gets a warning line at that character; warnings alone \
            leave the file valid.
            """
    )

    @Argument(help: ArgumentHelp("Agenda files.", valueName: "file"), completion: .file(extensions: ["json"]))
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one agenda file") }
    }

    func run() throws {
        var failed = false
        let store = FileAgendaStore.forCommandLine()
        for file in files {
            do {
                let agenda = try store.load(file)
                for finding in store.controlCharacters(in: file) {
                    Console.line(ControlCharacterWarning.line(finding, file: file, agenda: agenda))
                }
                guard agenda.conflicts.isEmpty else {
                    failed = true
                    let places = store.positions(of: agenda.conflicts.indices.map { [.key("conflicts"), .index($0)] }, in: file)
                    for (index, conflict) in agenda.conflicts.enumerated() {
                        let place = places[index]
                        Console.line("\(file):\(place.map { "\($0.line):\($0.column):" } ?? "") conflict: \(ConflictLine.describe(conflict))")
                    }
                    let count = agenda.conflicts.count
                    Console.line("\(file): \(count) open conflict\(count == 1 ? "" : "s"); settle them in the Conflicts view (key 6)")
                    continue
                }
                Console.line("\(file): ok, \(agenda.goals.count) goal\(agenda.goals.count == 1 ? "" : "s")")
            } catch {
                failed = true
                error.lines.forEach { Console.line($0) }
            }
        }
        if failed { throw ExitCode.failure }
    }
}
