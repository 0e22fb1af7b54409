import AgendaModel
import AgendaStore
import ArgumentParser
import Foundation

/// `agenda merge BASE OURS THEIRS`: a three-way merge of agenda files, usable as git's merge driver.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge", abstract: strings[.cmdMergeAbstract], discussion: strings[.cmdMergeDiscussion])

    @Flag(help: ArgumentHelp(.cmdMergeTwoWay))
    var twoWay = false

    @Argument(help: ArgumentHelp(.cmdMergeFiles, valueName: "file"), completion: .file(extensions: ["json"]))
    var files: [String]

    @Option(help: ArgumentHelp(.cmdMergeOutput, valueName: "path"), completion: .file())
    var output: String?

    @Flag(help: ArgumentHelp(.cmdMergeNoBackup))
    var noBackup = false

    @OptionGroup var interface: LanguageOption

    func validate() throws {
        if twoWay, files.count != 2 { throw ValidationError(strings[.cliTwoWayFiles]) }
        if !twoWay, files.count != 3 { throw ValidationError(strings[.cliThreeFiles]) }
    }

    func run() throws {
        try reporting {
            let store = FileAgendaStore.forCommandLine(keepsBackups: !noBackup)
            let base: Agenda? = twoWay ? nil : try readBase(files[0], store: store)
            let oursPath = twoWay ? files[0] : files[1]
            let theirs = try store.read(twoWay ? files[1] : files[2], checking: true).agenda
            let merge = { (ours: Agenda) -> MergeOutcome in
                base.map { Agenda.merge(base: $0, ours: ours, theirs: theirs) } ?? Agenda.mergeTwoWay(ours, theirs)
            }
            let outcome: MergeOutcome
            if let output {
                outcome = merge(try store.read(oursPath, checking: true).agenda)
                try store.create(outcome.agenda, at: output)
            } else {
                outcome = try store.update(oursPath) { (agenda) throws(AgendaFileError) -> MergeOutcome in
                    let outcome = merge(agenda)
                    agenda = outcome.agenda
                    return outcome
                }
            }
            report(outcome, into: output ?? oursPath)
            if !outcome.agenda.conflicts.isEmpty { throw ExitCode.failure }
        }
    }

    /// The common version; an empty file (git's add/add case, where there is none) gives nil.
    private func readBase(_ path: String, store: FileAgendaStore) throws -> Agenda? {
        var info = stat()
        if stat(path, &info) == 0, info.st_size == 0 { return nil }
        return try store.read(path, checking: false).agenda
    }

    private func report(_ outcome: MergeOutcome, into path: String) {
        for rename in outcome.renamed {
            Console.line(strings.format(.cliRenamed, path, rename.from, rename.to))
        }
        for conflict in outcome.conflicts {
            Console.line(strings.format(.cliConflictLine, path, ConflictLine.describe(conflict)))
        }
        let earlier = outcome.agenda.conflicts.count - outcome.conflicts.count
        if outcome.agenda.conflicts.isEmpty {
            Console.line(strings.format(.cliMergedClean, path))
        } else {
            let new = outcome.conflicts.count
            let merged = earlier > 0 ? strings.format(.cliMergedWithEarlier, path, new, earlier) : strings.format(.cliMergedWith, path, new)
            Console.line(merged + strings.format(.cliSettleConflicts, path))
        }
    }
}
