import AgendaLocalization
import AgendaModel
import Foundation
import TerminalWidgets

extension Reducer {
    /// Makes an edit: applies it to the screen's agenda at once, records how to undo it, and asks for
    /// it to be saved. A refused edit changes nothing and says why on the status line.
    @discardableResult
    static func commit(_ edits: [Edit], _ screen: inout AgendaScreen, _ state: inout AppState,
                       recordUndo: Bool = true, label: String? = nil) -> [Effect] {
        apply(edits, &screen, &state, recordUndo: recordUndo, label: label) ?? []
    }

    /// Makes an edit as `commit` does; nil when it was refused or changed nothing, else the effects
    /// (empty while an earlier save runs: the edit goes in the next one).
    static func apply(_ edits: [Edit], _ screen: inout AgendaScreen, _ state: inout AppState,
                      recordUndo: Bool = true, label: String? = nil) -> [Effect]? {
        guard !edits.isEmpty else { return nil }
        var agenda = screen.document.agenda
        let expectations = agenda.expectations(for: edits)
        let before = agenda
        let undo: [Edit]
        do {
            undo = try agenda.apply(edits, by: state.who, at: state.now)
        } catch {
            state.message = state.strings.format(.messageRefused, error.description)
            return nil
        }
        // An edit that changes nothing (a status set to what it was) is neither saved nor undone.
        guard !undo.isEmpty else { return nil }
        let words = label ?? EditLabels.describe(edits, before: before, after: agenda, state.strings)
        if recordUndo {
            screen.editing.undo.append(UndoEntry(label: words, undo: undo, redo: edits))
            screen.editing.redo = []
        }
        replaceAgenda(&screen, with: agenda)
        screen.editing.unsaved.append(PendingEdit(edits: edits, expectations: expectations, label: words))
        return requestSave(&screen, state)
    }

    /// The effect that saves every edit not yet on disk.
    /// A save of every unsaved edit, unless a save is already running: one save at a time, and the
    /// edits made meanwhile go in the next one, started when this one ends.
    static func requestSave(_ screen: inout AgendaScreen, _ state: AppState) -> [Effect] {
        guard screen.editing.saving == nil, !screen.editing.unsaved.isEmpty else { return [] }
        screen.editing.saving = screen.editing.unsaved.count
        return [.save(path: screen.document.path, screen.editing.unsaved, by: state.who, at: state.now,
                      known: screen.editing.known)]
    }

    /// Undoes the last edit of the session (as a new edit, saved like any other).
    static func undo(_ screen: inout AgendaScreen, _ state: inout AppState) -> [Effect] {
        guard let entry = screen.editing.undo.popLast() else {
            state.message = state.strings[.messageNothingToUndo]
            return []
        }
        guard let effects = apply(entry.undo, &screen, &state, recordUndo: false, label: entry.label) else {
            screen.editing.undo.append(entry)
            return []
        }
        screen.editing.redo.append(entry)
        state.message = state.strings.format(.messageUndid, entry.label)
        return effects
    }

    /// Does again the last undone edit.
    static func redo(_ screen: inout AgendaScreen, _ state: inout AppState) -> [Effect] {
        guard let entry = screen.editing.redo.popLast() else {
            state.message = state.strings[.messageNothingToRedo]
            return []
        }
        // Redoing against the agenda as it is now gives fresh undo edits.
        var agenda = screen.document.agenda
        guard let undo = try? agenda.apply(entry.redo, by: state.who, at: state.now) else {
            state.message = state.strings.format(.messageRefused, entry.label)
            return []
        }
        guard let effects = apply(entry.redo, &screen, &state, recordUndo: false, label: entry.label) else { return [] }
        screen.editing.undo.append(UndoEntry(label: entry.label, undo: undo, redo: entry.redo))
        state.message = state.strings.format(.messageRedid, entry.label)
        return effects
    }

    /// Shows another version of the agenda, keeping the selection on the same goal or area, the
    /// selected row at the same height on the screen, and a full-screen goal on the same goal.
    static func replaceAgenda(_ screen: inout AgendaScreen, with agenda: Agenda) {
        let old = screen.document
        let selectedKey = screen.goals.selectedRow.map { rowKey($0, old.agenda) }
        let line = screen.goals.selection - screen.goals.viewport.offset
        let selectedOrg = old.agenda.organizations.indices.contains(screen.organizations.selection)
            ? old.agenda.organizations[screen.organizations.selection].id : nil
        var detailGoal: String?
        if case .goal(let index)? = screen.detail?.target, old.agenda.goals.indices.contains(index) {
            detailGoal = old.agenda.goals[index].id
        }
        screen.document = Document(path: old.path, agenda: agenda)
        screen.goals.lastMatches = nil
        refreshRows(&screen, keeping: selectedKey)
        screen.goals.viewport.offset = max(0, screen.goals.selection - max(0, line))
        if let selectedOrg, let index = agenda.organizationIndex(selectedOrg) {
            screen.organizations.selection = index
        } else {
            screen.organizations.selection = min(screen.organizations.selection, max(0, agenda.organizations.count - 1))
        }
        if let detailGoal, var detail = screen.detail {
            if let index = screen.document.index.goalByID[detailGoal] {
                detail.target = .goal(index: index)
                screen.detail = detail
            } else {
                screen.detail = nil
            }
        }
    }

    /// The id-based key of a row, stable across versions of the agenda.
    static func rowKey(_ row: ListRow, _ agenda: Agenda) -> String {
        switch row {
        case .area(let id, _, _): "area:" + id
        case .goal(let index, _, _, _): "goal:" + (agenda.goals.indices.contains(index) ? agenda.goals[index].id : "")
        }
    }

    /// The goal of the selected row, if a goal is selected.
    static func selectedGoal(_ screen: AgendaScreen) -> Goal? {
        guard case .goal(let index, _, _, _)? = screen.goals.selectedRow else { return nil }
        return screen.document.agenda.goals[index]
    }
}
