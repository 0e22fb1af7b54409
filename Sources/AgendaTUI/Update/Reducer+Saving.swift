import AgendaLocalization
import AgendaModel
import AgendaStore
import Foundation

extension Reducer {
    /// How long after a failed save it is tried again.
    static let retryInterval: TimeInterval = 5

    /// Time passed: move the clock, look for changes on disk, retry a failed save.
    static func tick(_ now: Date, _ state: inout AppState) -> [Effect] {
        state.now = now
        state.today = Day(now)
        guard case .agenda(let screen) = state.screen else { return [] }
        var effects: [Effect] = [.watch(path: screen.document.path, since: screen.editing.stamp)]
        if !screen.editing.unsaved.isEmpty,
           now.timeIntervalSince(screen.editing.lastAttempt ?? .distantPast) >= retryInterval {
            effects.insert(saveEffect(screen, state), at: 0)
        }
        return effects
    }

    /// A save finished.
    static func saved(_ path: String, _ result: Result<SaveReport, AgendaFileError>, count: Int,
                      _ state: inout AppState) -> [Effect] {
        withAgenda(&state) { screen, state in
            guard screen.document.path == path else { return [] }
            screen.editing.lastAttempt = state.now
            switch result {
            case .success(let report):
                screen.editing.unsaved.removeFirst(min(count, screen.editing.unsaved.count))
                screen.editing.stamp = report.stamp
                screen.editing.lastSave = state.now
                screen.editing.saveProblem = nil
                // Show the file as it now is, with edits made since the save began on top.
                var agenda = report.agenda
                _ = agenda.rebase(screen.editing.unsaved, by: state.who, at: state.now)
                replaceAgenda(&screen, with: agenda)
                if !report.rebase.conflicts.isEmpty {
                    state.overlay = .conflicts(report.rebase.conflicts)
                } else if let refused = report.rebase.refused.first {
                    state.message = state.strings.format(.messageRefusedOnDisk, refused)
                }
            case .failure(let error):
                let reason = error.items.first?.message ?? error.description
                screen.editing.saveProblem = reason
                state.message = state.strings.format(.messageNotSaved, reason)
            }
            return []
        }
    }

    /// Someone else changed the file: show what it holds now, with this screen's unsaved edits on top.
    static func changedOnDisk(_ path: String, _ agenda: Agenda, stamp: FileStamp, _ state: inout AppState) -> [Effect] {
        withAgenda(&state) { screen, state in
            guard screen.document.path == path, screen.editing.stamp != stamp else { return [] }
            screen.editing.stamp = stamp
            var shown = agenda
            _ = shown.rebase(screen.editing.unsaved, by: state.who, at: state.now)
            replaceAgenda(&screen, with: shown)
            state.message = state.strings[.messageReloaded]
            return []
        }
    }
}
