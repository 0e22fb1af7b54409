import AgendaModel
import ArgumentParser
import Foundation

/// `agenda sync [DIR]`: commits the agenda files' edits, merges the others' with the agenda merge
/// driver, and pushes, in the git working tree that holds the agenda folder.
struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync", abstract: strings[.cmdSyncAbstract], discussion: strings[.cmdSyncDiscussion]
    )

    @Argument(help: ArgumentHelp(.cmdSyncFolder, discussion: .cmdSyncFolderDiscussion, valueName: "dir"))
    var folder: String?

    @Option(name: .long, help: ArgumentHelp(.cmdSyncBy, discussion: .cmdSyncByDiscussion, valueName: "name"))
    var by: String?

    @Flag(name: .shortAndLong, help: ArgumentHelp(.cmdSyncVerbose))
    var verbose = false

    @OptionGroup var interface: LanguageOption

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
