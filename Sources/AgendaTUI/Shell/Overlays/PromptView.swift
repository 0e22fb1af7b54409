import AgendaLocalization
import TerminalWidgets
import TextWidth

/// A prompt in a box over the screen: its text, what Enter does, and the names Tab would complete.
enum PromptView {
    static func draw(_ prompt: PromptState, _ state: ShellState, _ theme: Theme, _ buffer: inout ScreenBuffer) {
        let width = state.layout.promptTextWidth
        let lines = prompt.isMultiline ? max(3, min(8, state.size.height - 8)) : 1
        let area = buffer.bounds.centered(width: width + 4, height: lines + 4)
        let inner = Box.draw(area, title: prompt.title, into: &buffer, style: theme.frame)
        guard inner.height >= 2 else { return }
        let field = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: min(lines, inner.height - 1))
        buffer.cursor = prompt.text.draw(into: &buffer, in: field, style: theme.searchField)
        let hint = switch prompt.hint {
        case .note: state.strings[.promptNoteHint]
        case .filter: state.strings[.promptFilterHint]
        case .line: state.strings[.promptHint]
        }
        buffer.write(hint, x: inner.x + 1, y: inner.maxY - 1, style: theme.dim, limit: inner.width - 2)
        // Completions show over the frame's bottom edge, below the text.
        for (offset, suggestion) in prompt.suggestions.enumerated() where area.maxY + offset < state.size.height - 1 {
            let line = (offset == 0 ? " ⇥ " : "   ") + suggestion + " "
            buffer.write(line.truncated(toWidth: area.width), x: area.x + 2, y: area.maxY + offset,
                         style: offset == 0 ? theme.bold.with(.reverse) : Style(attributes: .reverse))
        }
    }
}
