import AgendaModel
import AgendaStore
import ArgumentParser

/// `agenda validate FILE...`: checks agenda files and prints each problem with its position.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate", abstract: strings[.cmdValidateAbstract], discussion: strings[.cmdValidateDiscussion])

    @Argument(help: ArgumentHelp(.cmdValidateFiles, valueName: "file"), completion: .file(extensions: ["json"]))
    var files: [String]

    @OptionGroup var interface: LanguageOption

    func validate() throws {
        if files.isEmpty { throw ValidationError(strings[.cliGiveAFile]) }
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
                        Console.line("\(file):\(place.map { "\($0.line):\($0.column):" } ?? "") "
                            + strings.format(.cliConflict, ConflictLine.describe(conflict)))
                    }
                    let count = agenda.conflicts.count
                    Console.line(strings.format(.cliOpenConflictCount, file, count))
                    continue
                }
                Console.line(strings.format(.cliValidFile, file, agenda.goals.count))
            } catch {
                failed = true
                error.localizedLines.forEach { Console.line($0) }
            }
        }
        if failed { throw ExitCode.failure }
    }
}
