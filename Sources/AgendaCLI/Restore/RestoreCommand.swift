import AgendaModel
import AgendaStore
import ArgumentParser

/// `agenda restore FILE [N]`: lists the backups of an agenda, newest first; with N, brings backup N back.
struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore", abstract: strings[.cmdRestoreAbstract], discussion: strings[.cmdRestoreDiscussion])

    @OptionGroup var target: AgendaFileArgument

    @Argument(help: ArgumentHelp(.cmdRestoreNumber, valueName: "n"))
    var number: Int?

    @OptionGroup var interface: LanguageOption

    func validate() throws {
        if let number, number < 1 {
            throw ValidationError(strings[.cliBackupNumber])
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
            Console.line(strings.format(.cliNoBackups, target.file, folder))
            return
        }
        Console.line(strings.format(.cliBackupsOf, target.file, folder))
        var table = TextTable([
            .init(header: "N", alignment: .right), .init(header: strings[.cliBackupSaved]),
            .init(header: strings[.cliBackupSize], alignment: .right), .init(header: strings[.cliBackupGoals], alignment: .right),
        ])
        for backup in backups {
            let goals = (try? store.readForListing(backup.path)).map { String($0.goals.count) } ?? strings[.cliUnreadable]
            table.append([String(backup.number), RestoreText.time(backup.savedAt), RestoreText.size(backup.size), goals])
        }
        Console.out(table.render())
        Console.line(strings.format(.cliBringBack, target.file))
    }

    /// Says what the restore did.
    private func report(_ restored: Restored) {
        let version = strings.format(.cliBackupVersion, restored.backup.number, RestoreText.time(restored.backup.savedAt))
        let goals = strings.format(.reportGoalsCount, restored.agenda.goals.count)
        switch restored.outcome {
        case .replaced:
            Console.line(strings.format(.cliRestored, target.file, version, goals, target.file))
        case .alreadyCurrent:
            Console.line(strings.format(.cliAlreadyHolds, target.file, version))
        case .recreated:
            Console.line(strings.format(.cliWrittenAgain, target.file, version, goals))
        }
    }
}
