import AgendaLocalization
import AgendaModel
import AgendaReports
import Foundation
import TerminalWidgets
import TextWidth

/// A session's plan: its run-of-show with timeboxes, its total, and who is present.
enum PlanView {
    static func draw(_ screen: AgendaScreen, _ state: ShellState, _ theme: Theme, _ buffer: inout ScreenBuffer,
                     _ layout: ScreenLayout) {
        guard case .plan(let plan) = screen.mode, let session = screen.agenda.session(plan.session) else { return }
        let body = layout.body
        let lines = self.lines(session, screen.document, state, theme, width: body.width - 2, selected: plan.selection)
        // Keep the selected item in view: it is on line `header + selection`.
        let header = 4
        let scroll = max(0, header + plan.selection - (body.height - 2))
        buffer.draw(lines, in: Rect(x: body.x + 1, y: body.y, width: body.width - 2, height: body.height), scroll: scroll,
                    indicators: theme.dim)
    }

    /// The plan as lines; the item at `selected` is marked.
    static func lines(_ session: Session, _ document: Document, _ state: ShellState, _ theme: Theme, width: Int,
                      selected: Int?) -> [StyledLine] {
        if session.state == .closed {
            return ClosedSessionView.lines(session, document, state, theme, width: width, selected: selected).lines
        }
        let strings = state.strings
        var builder = DetailBuilder(width: width, theme: theme)
        builder.line([Span(strings.format(.planTitle, Reading.joined(Reading(document.agenda, strings).title(session))), theme.bold)])
        var facts = [DateText.day(session.date, strings.language), SessionsView.symbol(session.state) + " "
                     + Labels.sessionState(session.state, strings)]
        if let place = session.place { facts.append(place) }
        if let facilitator = session.facilitator { facts.append(facilitator) }
        builder.line([Span(facts.joined(separator: " · "), theme.dim)])
        builder.line([Span(strings.format(.planAttendance, session.attendance.organizations.count, session.attendance.people.count)
                           + " · " + strings.format(.planTotal, Durations.words(minutes: session.plannedMinutes)), theme.dim)])
        let served = session.attendance.organizations.flatMap { document.index.organizationByID[$0]?.communities ?? [] }
        if !Dashboard.represents(served) {
            builder.paragraph("⚑ " + strings[.flagSessionUnrepresented], style: theme.filterActive)
        }
        builder.line([])
        if session.items.isEmpty {
            builder.paragraph(strings[.planEmpty], style: theme.dim)
        }
        for (index, item) in session.items.enumerated() {
            builder.line(itemLine(item, number: index + 1, document.agenda, state.strings, now: state.now, theme, width: width,
                                  selected: index == selected))
        }
        return builder.lines
    }

    /// An item of the run-of-show on one line: its number, its title and who presents it (each cut with
    /// an ellipsis when the line is short), and the time it took against its timebox; reversed when
    /// selected.
    static func itemLine(_ item: SessionItem, number: Int, _ agenda: Agenda, _ strings: Strings, now: Date, _ theme: Theme, width: Int,
                         selected: Bool) -> StyledLine {
        let spent = item.clock.elapsed(at: now)
        let time = spent > 0 ? Durations.clock(spent) + "/" + Durations.minutes(item.minutes) : Durations.minutes(item.minutes)
        let title = LiveView.itemTitle(item, agenda, strings)
        let marker = selected ? "›" : " "
        let numberText = "\(number). "
        let room = max(4, width - DisplayWidth.of(time) - 4 - numberText.count)
        // The presenter after the title, in at most a third of the room.
        let presenter = item.presenter.map { " · " + $0 } ?? ""
        let presenterWidth = min(DisplayWidth.of(presenter), room / 3)
        let shown = title.truncated(toWidth: room - presenterWidth)
        let left = room - DisplayWidth.of(shown)
        var spans = [Span(marker + numberText, selected ? theme.bold : theme.dim), Span(shown),
                     Span(presenter.truncated(toWidth: left).padded(toWidth: left), theme.dim)]
        spans.append(Span("  " + time, spent > Double(item.minutes * 60) ? theme.overdue : theme.dim))
        if selected { spans = spans.map { Span($0.text, $0.style.with(.reverse)) } }
        return spans
    }
}
