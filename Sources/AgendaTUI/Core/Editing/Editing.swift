import AgendaLocalization
import AgendaModel
import Foundation
import TerminalWidgets

/// Making edits: applied to the screen's agenda at once, recorded for undo, and handed to the save.
enum Editing {
    /// Makes an edit: applies it to the screen's agenda at once, records how to undo it, and asks for
    /// it to be saved. A refused edit changes nothing and says why on the status line.
    @discardableResult
    static func commit(_ edits: [Edit], _ screen: inout AgendaScreen, _ state: inout ShellState,
                       recordUndo: Bool = true, label: String? = nil) -> [Effect] {
        apply(edits, &screen, &state, recordUndo: recordUndo, label: label) ?? []
    }

    /// Makes an edit as `commit` does; nil when it was refused or changed nothing, else the effects
    /// (empty while an earlier save runs: the edit goes in the next one).
    static func apply(_ edits: [Edit], _ screen: inout AgendaScreen, _ state: inout ShellState,
                      recordUndo: Bool = true, label: String? = nil) -> [Effect]? {
        guard !edits.isEmpty else { return nil }
        var agenda = screen.agenda
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
            screen.editing.undo.append(UndoEntry(label: words, undo: undo, redo: edits,
                                                 sentences: EditLabels.sentences(edits, before: before, after: agenda, state.strings)))
            screen.editing.redo = []
        }
        show(agenda, on: &screen)
        screen.editing.unsaved.append(PendingEdit(edits: edits, expectations: expectations, label: words))
        return requestSave(&screen, state)
    }

    /// A save of every unsaved edit, unless a save is already running: one save at a time, and the
    /// edits made meanwhile go in the next one, started when this one ends.
    static func requestSave(_ screen: inout AgendaScreen, _ state: ShellState) -> [Effect] {
        guard screen.editing.saving == nil, !screen.editing.unsaved.isEmpty else { return [] }
        screen.editing.saving = screen.editing.unsaved.count
        return [.save(path: screen.document.path, screen.editing.unsaved, by: state.who, at: state.now,
                      known: screen.editing.known)]
    }

    /// Shows another version of the agenda: every feature keeps its selection on the same goal, area,
    /// organization or session, and a goal shown whole stays on the same goal.
    static func show(_ agenda: Agenda, on screen: inout AgendaScreen) {
        let old = screen.document
        screen.document = Document(path: old.path, agenda: agenda)
        GoalsFeature.follow(from: old, &screen)
        OrganizationsFeature.follow(from: old, &screen)
        PeopleFeature.follow(from: old, &screen)
        screen.mode = DetailFeature.follow(screen.mode, from: old, to: screen.document)
    }
}
