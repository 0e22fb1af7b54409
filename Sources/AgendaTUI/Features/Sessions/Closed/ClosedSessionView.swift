import AgendaLocalization
import AgendaModel
import AgendaReports
import TerminalWidgets
import TextWidth

/// A closed session's record: when it met and who came, then each item of its run-of-show with the
/// time it took and what the meeting decided, voted, assigned and noted on it.
enum ClosedSessionView {
    static func draw(_ screen: AgendaScreen, _ state: ShellState, _ theme: Theme, _ buffer: inout ScreenBuffer,
                     _ layout: ScreenLayout) {
        guard let id = screen.mode.session, let session = screen.agenda.session(id) else { return }
        var selected = 0
        if case .plan(let plan) = screen.mode { selected = plan.selection }
        let body = layout.body
        let area = Rect(x: body.x + 1, y: body.y, width: body.width - 2, height: body.height)
        let (lines, starts) = self.lines(session, screen.document, state, theme, width: area.width, selected: selected)
        buffer.draw(lines, in: area, scroll: scroll(starts, selected: selected, lines: lines.count, height: area.height),
                    indicators: theme.dim)
    }

    /// How far to scroll for the selected item to show: not at all while it shows whole from the top;
    /// else its first line at the top.
    static func scroll(_ starts: [Int], selected: Int, lines: Int, height: Int) -> Int {
        guard starts.indices.contains(selected) else { return 0 }
        let end = selected + 1 < starts.count ? starts[selected + 1] : lines
        if end <= height { return 0 }
        return max(0, min(starts[selected], lines - height))
    }

    /// The record as lines, and the line each item starts on; the item at `selected` is marked.
    static func lines(_ session: Session, _ document: Document, _ state: ShellState, _ theme: Theme, width: Int,
                      selected: Int?) -> (lines: [StyledLine], starts: [Int]) {
        let strings = state.strings
        var builder = DetailBuilder(width: width, theme: theme)
        builder.paragraph(strings.format(.closedTitle, Reading.joined(Reading(document.agenda, strings).title(session))), style: theme.bold)
        var facts = [DateText.day(session.date, strings.language)]
        let closed = session.endedAt.map { strings.format(.closedOn, DateText.time($0, strings.language, utcOffset: state.utcOffset)) }
        facts.append(SessionsView.symbol(session.state) + " " + (closed ?? Labels.sessionState(session.state, strings)))
        if let place = session.place { facts.append(place) }
        if let facilitator = session.facilitator { facts.append(facilitator) }
        builder.paragraph(facts.joined(separator: " · "), style: theme.dim)
        builder.paragraph(strings.format(.planAttendance, session.attendance.organizations.count, session.attendance.people.count)
                          + " · " + strings.format(.liveMeeting, Durations.words(session.elapsed(at: state.now)),
                                                   Durations.words(minutes: session.plannedMinutes)), style: theme.dim)
        let served = session.attendance.organizations.flatMap { document.index.organizationByID[$0]?.communities ?? [] }
        if !Dashboard.represents(served) {
            builder.paragraph("⚑ " + strings[.flagSessionUnrepresented], style: theme.filterActive)
        }
        var lines = builder.lines
        var starts: [Int] = []
        for (index, item) in session.items.enumerated() {
            lines.append([])
            starts.append(lines.count)
            lines.append(PlanView.itemLine(item, number: index + 1, document.agenda, state.strings, now: state.now, theme, width: width,
                                           selected: index == selected))
            let record = LiveView.record(item, document.agenda, strings, theme, width: max(1, width - 4), empty: .closedNothingRecorded)
            lines += record.map { [Span("    ")] + $0 }
        }
        if session.items.isEmpty {
            lines.append([])
            lines.append([Span(strings[.closedNoItems].truncated(toWidth: width), theme.dim)])
        }
        return (lines, starts)
    }
}
