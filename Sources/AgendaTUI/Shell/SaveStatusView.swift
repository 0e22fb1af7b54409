import AgendaLocalization
import AgendaModel
import Foundation
import TerminalWidgets
import TextWidth

/// Who is editing and when the last save finished, at the right of the status line; a warning while
/// edits are not saved.
enum SaveStatusView {
    /// Draws the save status and returns the columns it took (with a space before it). A compact status
    /// leaves out who is editing, and says nothing before the first save.
    @discardableResult
    static func draw(_ screen: AgendaScreen, _ state: ShellState, _ theme: Theme, _ buffer: inout ScreenBuffer,
                     _ layout: ScreenLayout, row: Int? = nil, compact: Bool = false) -> Int {
        let (text, style) = status(screen, state, theme, compact: compact)
        guard !text.isEmpty else { return 0 }
        // On a narrow screen, the status gives way to the counts and filters; a warning of edits not
        // saved never does.
        let width = DisplayWidth.of(text) + 1
        let warning = !screen.editing.unsaved.isEmpty && screen.editing.saveProblem != nil
        guard warning || width <= layout.status.width / 2 else { return 0 }
        buffer.write(text, x: layout.status.maxX - width, y: row ?? layout.status.y, style: style)
        return width + 1
    }

    /// The status's text and style.
    static func status(_ screen: AgendaScreen, _ state: ShellState, _ theme: Theme, compact: Bool) -> (String, Style) {
        let strings = state.strings
        let editing = screen.editing
        if !editing.unsaved.isEmpty, editing.saveProblem != nil {
            return (strings.format(.statusUnsaved, editing.unsaved.count), theme.error)
        } else if !editing.unsaved.isEmpty {
            // An edit is confirmed when its save ends; until then the line says it is on its way.
            return (compact ? strings[.statusSavingShort] : strings.format(.statusSaving, state.who), theme.dim)
        } else if let saved = editing.lastSave {
            let time = clock(saved.addingTimeInterval(Double(state.utcOffset)))
            return (compact ? strings.format(.statusSavedShort, time) : strings.format(.statusSaved, state.who, time), theme.dim)
        } else {
            return (compact ? "" : strings.format(.statusNotSavedYet, state.who), theme.dim)
        }
    }

    /// The columns the full status takes, with the space before it.
    static func fullWidth(_ screen: AgendaScreen, _ state: ShellState, _ theme: Theme) -> Int {
        DisplayWidth.of(status(screen, state, theme, compact: false).0) + 2
    }

    /// A time of day, `14:05:09`.
    static func clock(_ date: Date) -> String {
        let seconds = ((Int(date.timeIntervalSince1970) % 86_400) + 86_400) % 86_400
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return two(seconds / 3600) + ":" + two(seconds / 60 % 60) + ":" + two(seconds % 60)
    }
}

