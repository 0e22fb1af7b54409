import AgendaModel
import ArgumentParser
import Foundation

/// `agenda sync [DIR]`: commits the agenda files' edits, merges the others' with the agenda merge
/// driver, and pushes, in the git working tree that holds the agenda folder.
struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Bring this copy of the agendas and the shared one together, over git.",
        discussion: """
            In the git working tree that holds the agenda folder DIR, sync: sets up the agenda merge \
            driver when it is missing (merge.agenda.* in the repository's config, and merge=agenda for \
            the folder's *.json in .gitattributes, committed); commits the changed agenda files of the \
            folder, and only them, with a message that sums up the edits; fetches the branch's upstream \
            (else the branch of the same name on origin) and merges it, agenda files goal by goal; and \
            pushes. When someone pushed first, it fetches, merges and pushes again after a random \
            wait whose ceiling doubles from 0.5 s to 8 s, and starts no try more than 30 s after the first \
            (when it gives up, the edits stay committed here). Conflicts the merge cannot settle are recorded in the agenda file and listed; \
            settle them in the Conflicts view (key 6), then sync again.

            A folder that holds no agenda file while agenda files elsewhere in the working tree have \
            changes not committed (agenda sync . at the top, with the agendas in Agendas/) is not \
            synced: sync says so, names the folder to sync, does nothing and exits with 1.

            Exit status: 0 all synced; 1 something failed (the message says what, and what was kept), \
            or the folder holds no agenda file while agenda files elsewhere have changes not committed; \
            2 the remote could not be reached: the edits are committed here and the push will happen \
            on the next sync; 3 synced, but open conflicts wait in the agenda files.
            """
    )

    @Argument(help: ArgumentHelp(
        "The agenda folder (or a file in it).", discussion: "Defaults to $AGENDA_HOME, else ./Agendas, else the current folder.",
        valueName: "dir"))
    var folder: String?

    @Option(name: .long, help: ArgumentHelp(
        "Who syncs: the commits' author when git has no identity configured.",
        discussion: "Defaults to $AGENDA_USER, then to your login name; git's user.name wins when set.", valueName: "name"))
    var by: String?

    @Flag(name: .shortAndLong, help: "Print each git command before it runs, and each wait between tries.")
    var verbose = false

    func run() throws {
        try reporting {
            let sync = AgendaSync(folder: try SyncCommand.agendaFolder(folder), who: who, verbose: verbose)
            let outcome = try sync.run()
            if outcome != .synced { throw ExitCode(outcome.rawValue) }
        }
    }

    /// The name for the commits when git has none: `--by`, else `$AGENDA_USER`, else the login name.
    private var who: String {
        if let by, !by.trimmingWhitespace.isEmpty { return by.trimmingWhitespace }
        return Environment.user
    }

    /// The folder to sync: the one given (the folder of a file given), else `$AGENDA_HOME`, else
    /// `./Agendas` when there is one, else the current folder.
    static func agendaFolder(_ given: String?) throws -> String {
        if let given {
            if AgendaLocation.isFolder(given) { return given }
            if FileManager.default.fileExists(atPath: given) {
                return (given as NSString).deletingLastPathComponent.isEmpty ? "." : (given as NSString).deletingLastPathComponent
            }
            throw Failure("no folder \(given)")
        }
        let home = AgendaLocation.home
        if AgendaLocation.isFolder(home) { return home }
        if let set = ProcessInfo.processInfo.environment["AGENDA_HOME"], !set.isEmpty {
            throw Failure("no folder \(set) ($AGENDA_HOME)")
        }
        return "."
    }
}

/// How a sync ended, as its exit status (a failure is an error, exit 1).
enum SyncOutcome: Int32 {
    /// Everything committed, merged and pushed; no open conflict.
    case synced = 0
    /// The remote could not be reached: committed here, to push on the next sync.
    case offline = 2
    /// Synced, but agenda files hold open conflicts to settle.
    case conflicts = 3
}
