import AgendaLocalization
import AgendaModel
import Foundation
import TerminalWidgets
import TextWidth

/// Who is editing and when the last save finished, at the right of the status line; a warning while
/// edits are not saved.
enum SaveStatusView {
    /// Draws the save status and returns the columns it took (with a space before it).
    @discardableResult
    static func draw(_ screen: AgendaScreen, _ state: AppState, _ theme: Theme, _ buffer: inout ScreenBuffer,
                     _ layout: ScreenLayout, row: Int? = nil) -> Int {
        let strings = state.strings
        let editing = screen.editing
        let text: String
        let style: Style
        if !editing.unsaved.isEmpty, editing.saveProblem != nil {
            text = strings.format(.statusUnsaved, editing.unsaved.count)
            style = theme.error
        } else if let saved = editing.lastSave {
            text = strings.format(.statusSaved, state.who, clock(saved.addingTimeInterval(Double(state.utcOffset))))
            style = theme.dim
        } else {
            text = strings.format(.statusNotSavedYet, state.who)
            style = theme.dim
        }
        // On a narrow screen, the status gives way to the counts and filters.
        let width = DisplayWidth.of(text) + 1
        guard width <= layout.status.width / 2 else { return 0 }
        buffer.write(text, x: layout.status.maxX - width, y: row ?? layout.status.y, style: style)
        return width + 1
    }

    /// A time of day, `14:05:09`.
    static func clock(_ date: Date) -> String {
        let seconds = ((Int(date.timeIntervalSince1970) % 86_400) + 86_400) % 86_400
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return two(seconds / 3600) + ":" + two(seconds / 60 % 60) + ":" + two(seconds % 60)
    }
}

