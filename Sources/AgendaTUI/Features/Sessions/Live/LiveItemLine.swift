import AgendaLocalization
import AgendaModel
import TerminalWidgets
import TextWidth

/// The line under the current item's title in live mode: who presents the item, then its goal's status,
/// progress, owners and due date.
enum LiveItemLine {
    static func spans(_ item: SessionItem, _ agenda: Agenda, _ state: ShellState, _ theme: Theme, width: Int) -> StyledLine {
        let strings = state.strings
        var parts: [[Span]] = []
        // Who presents the item first: the facilitator gives them the floor.
        if let presenter = item.presenter {
            parts.append([Span(strings[.minutesPresenter] + ": ", theme.dim), Span(presenter)])
        }
        if let goal = item.goal.flatMap({ agenda.goal($0) }) {
            parts.append([Span(Labels.symbol(goal.status) + " " + Labels.status(goal.status, strings), theme.status(goal.status))])
            parts.append([Span("\(goal.progress)%")])
            if !goal.owners.isEmpty {
                parts.append([Span(strings[.detailOwners] + ": ", theme.dim), Span(goal.owners.joined(separator: ", "))])
            }
            if let due = goal.due {
                let late = due < state.today && !goal.status.isClosed
                var part = [Span(strings[.detailDue] + ": ", theme.dim),
                            Span(DateText.day(due, strings.language), late ? theme.overdue : .plain)]
                if late { part.append(Span(" " + strings[.overdue], theme.overdue)) }
                parts.append(part)
            }
        }
        return fitted(parts, width: width, theme)
    }

    /// The parts joined by dots, as many as fit the width; the first that does not fit is cut short
    /// when a few columns of it can show.
    static func fitted(_ parts: [[Span]], width: Int, _ theme: Theme) -> StyledLine {
        var line: StyledLine = []
        var used = 0
        for (index, part) in parts.enumerated() {
            let separator = index > 0 ? 3 : 0
            let room = width - used - separator
            let fits = part.reduce(0) { $0 + DisplayWidth.of($1.text) } <= room
            guard fits || room >= 8 else { break }
            if index > 0 { line.append(Span(" · ", theme.dim)) }
            var left = room
            // A label and its value may be cut short; a mark after them (overdue) shows whole or not at all.
            for (position, span) in part.enumerated() where left > 0 && (position < 2 || DisplayWidth.of(span.text) <= left) {
                let text = span.text.truncated(toWidth: left)
                line.append(Span(text, span.style))
                left -= DisplayWidth.of(text)
            }
            used += separator + room - left
            if !fits { break }
        }
        return line
    }
}
