import AgendaModel
import AgendaStore
import ArgumentParser

/// `agenda restore FILE [N]`: lists the backups of an agenda, newest first; with N, brings backup N back.
struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "List the backups of an agenda, or bring one back.",
        discussion: """
            Every save keeps the version it replaces as a backup, in .agenda-backups/NAME/ beside the file \
            (beside its target, for a symbolic link), readable by the file's owner only; the last 5 are kept. \
            Without N, lists them newest first: number, when that version was saved, size and goals. With N, \
            puts backup N back into the file through the same locked save as every edit, and the version it \
            replaces becomes backup 1: 'agenda restore FILE 1' undoes a restore. Numbers move on with every \
            save, so list again before restoring a file others are editing.
            """
    )

    @OptionGroup var target: AgendaFileArgument

    @Argument(help: ArgumentHelp("The backup to bring back: 1 is the newest. Without it, the backups are listed.",
                                 valueName: "n"))
    var number: Int?

    func validate() throws {
        if let number, number < 1 {
            throw ValidationError("N is the number of a backup: 1 (the newest) or more")
        }
    }

    func run() throws {
        try reporting {
            let store = FileAgendaStore.forCommandLine()
            if let number {
                report(try store.restore(target.file, backup: number))
            } else {
                try list(store)
            }
        }
    }

    /// Prints the backups as a table, or says there are none yet.
    private func list(_ store: FileAgendaStore) throws {
        let backups = try store.backups(of: target.file)
        let folder = try store.backupFolder(of: target.file)
        guard !backups.isEmpty else {
            Console.line("\(target.file): no backups yet; each save keeps the version it replaces (the last 5) in \(folder)")
            return
        }
        Console.line("Backups of \(target.file), newest first, in \(folder):")
        var table = TextTable([
            .init(header: "N", alignment: .right), .init(header: "saved"),
            .init(header: "size", alignment: .right), .init(header: "goals", alignment: .right),
        ])
        for backup in backups {
            let goals = (try? store.readForListing(backup.path)).map { String($0.goals.count) } ?? "unreadable"
            table.append([String(backup.number), RestoreText.time(backup.savedAt), RestoreText.size(backup.size), goals])
        }
        Console.out(table.render())
        Console.line("Bring one back with: agenda restore \(target.file) N")
    }

    /// Says what the restore did.
    private func report(_ restored: Restored) {
        let version = "backup \(restored.backup.number), saved \(RestoreText.time(restored.backup.savedAt))"
        let goals = restored.agenda.goals.count == 1 ? "1 goal" : "\(restored.agenda.goals.count) goals"
        switch restored.outcome {
        case .replaced:
            Console.line("\(target.file): restored \(version) (\(goals)); the version it replaced is now backup 1 "
                + "(agenda restore \(target.file) 1 undoes this)")
        case .alreadyCurrent:
            Console.line("\(target.file): already holds \(version); nothing was written")
        case .recreated:
            Console.line("\(target.file): written again from \(version) (\(goals))")
        }
    }
}
