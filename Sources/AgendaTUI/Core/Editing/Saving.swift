import AgendaLocalization
import AgendaModel
import AgendaStore
import Foundation

/// Saves finishing, changes made on disk by others, and time passing for an open agenda.
enum Saving {
    /// How long after a failed save it is tried again.
    static let retryInterval: TimeInterval = 5

    /// Time passed: look for changes on disk, retry a failed save.
    static func tick(_ now: Date, _ screen: inout AgendaScreen, _ state: ShellState) -> [Effect] {
        // While a save runs, the file is ours to change: nothing to watch or retry.
        guard screen.editing.saving == nil else { return [] }
        var effects: [Effect] = [.watch(path: screen.document.path, since: screen.editing.stamp)]
        if !screen.editing.unsaved.isEmpty,
           now.timeIntervalSince(screen.editing.lastAttempt ?? .distantPast) >= retryInterval {
            effects.insert(contentsOf: Editing.requestSave(&screen, state), at: 0)
        }
        return effects
    }

    /// A save finished.
    static func saved(_ path: String, _ result: Result<SaveReport, AgendaFileError>, count: Int,
                      _ screen: inout AgendaScreen, _ state: inout ShellState) -> [Effect] {
        guard screen.document.path == path else { return [] }
        screen.editing.lastAttempt = state.now
        screen.editing.saving = nil
        switch result {
        case .success(let report):
            screen.editing.unsaved.removeFirst(min(count, screen.editing.unsaved.count))
            screen.editing.stamp = report.stamp
            screen.editing.onDisk = report.agenda
            screen.editing.lastSave = state.now
            screen.editing.saveProblem = nil
            // Goals that took a new id in the save: edits still to save and undo follow them.
            follow(report.rebase.renamed, &screen, &state)
            // Show the file as it now is, with edits made since the save began on top.
            var agenda = report.agenda
            let local = agenda.rebase(screen.editing.unsaved, by: state.who, at: state.now)
            follow(local.renamed, &screen, &state)
            Editing.show(agenda, on: &screen)
            if !report.rebase.overwritten.isEmpty {
                state.overlay = .overwritten(report.rebase.overwritten)
            } else if let refused = report.rebase.refused.first {
                state.message = state.strings.format(.messageRefusedOnDisk, refused)
            } else if let warning = report.warning, warning != screen.editing.saveWarning {
                state.message = warning
            }
            screen.editing.saveWarning = report.warning
        case .failure(let error):
            let reason = error.items.first?.message ?? error.description
            screen.editing.saveProblem = reason
            state.message = state.strings.format(.messageNotSaved, reason)
        }
        // Quitting waited for this save: quit now if everything is on disk, else ask.
        if state.quitWhenSaved {
            state.quitWhenSaved = false
            if screen.editing.unsaved.isEmpty {
                state.isQuitting = true
                return [.quit]
            }
            state.overlay = .confirm(ConfirmState(
                title: state.strings[.confirmQuitTitle],
                lines: [state.strings.format(.confirmQuitLine, screen.editing.unsaved.count, screen.editing.saveProblem ?? "")],
                purpose: .shell(.quitUnsaved)))
            return []
        }
        // Edits made while this save ran go in the next one, at once; a failed save waits for a retry.
        if case .success = result { return Editing.requestSave(&screen, state) }
        return []
    }

    /// Someone else changed the file: show what it holds now, with this screen's unsaved edits on top.
    static func changedOnDisk(_ path: String, _ agenda: Agenda, stamp: FileStamp, _ screen: inout AgendaScreen,
                              _ state: inout ShellState) -> [Effect] {
        guard screen.document.path == path, screen.editing.stamp != stamp, screen.editing.saving == nil else { return [] }
        screen.editing.stamp = stamp
        screen.editing.onDisk = agenda
        var shown = agenda
        let report = shown.rebase(screen.editing.unsaved, by: state.who, at: state.now)
        state.message = state.strings[.messageReloaded]
        follow(report.renamed, &screen, &state)
        Editing.show(shown, on: &screen)
        return []
    }

    /// After goals added here took new ids (another copy had used theirs), the edits still to save, the
    /// undo and redo history and the folds name the new ids, and the status line says so.
    static func follow(_ renames: [GoalRename], _ screen: inout AgendaScreen, _ state: inout ShellState) {
        guard !renames.isEmpty else { return }
        func renamed(_ edits: [Edit]) -> [Edit] {
            edits.map { edit in renames.reduce(edit) { $0.renamingGoal($1.from, to: $1.to) } }
        }
        func renamed(_ id: String) -> String { renames.first { $0.from == id }?.to ?? id }
        for index in screen.editing.unsaved.indices {
            screen.editing.unsaved[index].edits = renamed(screen.editing.unsaved[index].edits)
            screen.editing.unsaved[index].expectations = screen.editing.unsaved[index].expectations.map {
                FieldExpectation(goal: renamed($0.goal), value: $0.value)
            }
        }
        for index in screen.editing.undo.indices {
            screen.editing.undo[index].undo = renamed(screen.editing.undo[index].undo)
            screen.editing.undo[index].redo = renamed(screen.editing.undo[index].redo)
        }
        for index in screen.editing.redo.indices {
            screen.editing.redo[index].undo = renamed(screen.editing.redo[index].undo)
            screen.editing.redo[index].redo = renamed(screen.editing.redo[index].redo)
        }
        screen.goals.folded = Set(screen.goals.folded.map(renamed))
        let words = renames.map { $0.from + " → " + $0.to }.joined(separator: ", ")
        state.message = state.strings.format(.messageGoalRenamed, words)
    }
}
