import AgendaModel
import AgendaStore
import ArgumentParser
import Foundation

/// `agenda merge BASE OURS THEIRS`: a three-way merge of agenda files, usable as git's merge driver.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge two copies of an agenda; the result goes into OURS.",
        discussion: """
            With three files, a three-way merge from their common version BASE, as git's merge driver \
            (merge.agenda.driver = agenda merge --no-backup %O %A %B; `agenda sync` sets it up). Goals merge field \
            by field: changes to different goals or fields never conflict; owners, organizations, tags, \
            notes and history merge as sets. A field both copies changed differently takes the later \
            change and the file records the conflict with both values, who and when, until it is \
            settled in the interface (the Conflicts view) or by hand. With --two-way A B, two copies with \
            no common version merge from the goals' history into A. An empty BASE (git's add/add case) \
            merges two-way too. Exits 0 when the result has no open conflict, 1 when conflicts remain.
            """
    )

    @Flag(help: "Merge two copies with no common version, from the goals' history.")
    var twoWay = false

    @Argument(help: ArgumentHelp("BASE OURS THEIRS, or with --two-way: A B.", valueName: "file"), completion: .file(extensions: ["json"]))
    var files: [String]

    @Option(help: ArgumentHelp("Write the result here instead of into OURS (or A).", valueName: "path"), completion: .file())
    var output: String?

    @Flag(help: "Keep no backup of the version of OURS replaced (for git's merge driver: git keeps every version).")
    var noBackup = false

    func validate() throws {
        if twoWay, files.count != 2 { throw ValidationError("--two-way takes two files: A B") }
        if !twoWay, files.count != 3 { throw ValidationError("give three files: BASE OURS THEIRS (or --two-way A B)") }
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
            Console.line("\(path): both copies added a goal \(rename.from); one is now \(rename.to)")
        }
        for conflict in outcome.conflicts {
            Console.line("\(path): conflict: \(ConflictLine.describe(conflict))")
        }
        let earlier = outcome.agenda.conflicts.count - outcome.conflicts.count
        if outcome.agenda.conflicts.isEmpty {
            Console.line("\(path): merged, no conflicts")
        } else {
            let new = outcome.conflicts.count
            Console.line("\(path): merged with \(new) new conflict\(new == 1 ? "" : "s")"
                + (earlier > 0 ? " and \(earlier) still open from before" : "")
                + "; settle them in the Conflicts view (agenda \(path), key 6)")
        }
    }
}
