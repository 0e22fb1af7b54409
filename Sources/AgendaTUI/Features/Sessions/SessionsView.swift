import AgendaLocalization
import AgendaModel
import AgendaReports
import TerminalWidgets
import TextWidth

/// The sessions view: each session with its date, state, items and planned time, and the selected
/// session's run-of-show beside or below.
enum SessionsView {
    static func draw(_ screen: AgendaScreen, _ state: AppState, _ theme: Theme, _ buffer: inout ScreenBuffer,
                     _ layout: ScreenLayout) {
        let strings = state.strings
        let sessions = screen.document.agenda.sessions
        let saveWidth = SaveStatusView.draw(screen, state, theme, &buffer, layout)
        buffer.write(" \(sessions.count) · " + strings[.viewSessions], x: 0, y: layout.status.y, style: theme.dim,
                     limit: layout.status.width - saveWidth)
        let list = layout.list
        enum Column { case date, state, title, items, planned }
        let stateWidth = SessionState.known.map { DisplayWidth.of(Labels.sessionState($0, strings)) }.max() ?? 7
        var columns: [(column: Column, label: String, width: Int, right: Bool)] = [
            (.date, strings[.columnDate], DateText.widestDay(strings.language), false),
            (.state, strings[.columnState], stateWidth + 2, false),
            (.title, strings[.columnTitle], 0, false),
            (.items, strings[.columnItems], max(5, DisplayWidth.of(strings[.columnItems])), true),
            (.planned, strings[.columnPlanned], max(DisplayWidth.of(strings[.columnPlanned]), 7), true),
        ]
        if list.width < 60 { columns.removeAll { $0.column == .items } }
        let fixed = columns.reduce(0) { $0 + $1.width } + 2 * (columns.count - 1)
        if let title = columns.firstIndex(where: { $0.column == .title }) { columns[title].width = max(8, list.width - fixed) }
        var x = list.x
        for column in columns {
            buffer.write(column.label.padded(toWidth: column.width, alignment: column.right ? .right : .left), x: x, y: list.y,
                         style: theme.columnHeading)
            x += column.width + 2
        }
        let body = layout.listBody
        if sessions.isEmpty {
            buffer.write(strings[.noSessions], x: body.x + 1, y: body.y + 1, style: theme.dim, limit: body.width - 2)
        }
        for (line, index) in screen.sessions.viewport.visible(height: body.height, count: sessions.count).enumerated() {
            let session = sessions[index]
            let y = body.y + line
            var x = body.x
            for column in columns {
                let value: String
                var style = Style.plain
                switch column.column {
                case .date: value = DateText.day(session.date, strings.language)
                case .state:
                    value = symbol(session.state) + " " + Labels.sessionState(session.state, strings)
                    style = sessionStyle(session.state, theme)
                case .title: value = session.title
                case .items: value = String(session.items.count)
                case .planned: value = Durations.minutes(session.plannedMinutes)
                }
                buffer.write(value.padded(toWidth: column.width, alignment: column.right ? .right : .left), x: x, y: y, style: style)
                x += column.width + 2
            }
            if index == screen.sessions.selection {
                buffer.restyle(Rect(x: body.x, y: y, width: body.width, height: 1)) { $0.with(.reverse) }
            }
        }
        if let pane = layout.detail, sessions.indices.contains(screen.sessions.selection) {
            GoalsView.drawSeparator(layout, theme, &buffer)
            let lines = PlanView.lines(sessions[screen.sessions.selection], screen.document, state, theme, width: pane.width,
                                       selected: nil)
            buffer.draw(lines, in: pane, scroll: 0, indicators: theme.dim)
        }
    }

    /// ○ planned, ● live, ✓ closed.
    static func symbol(_ state: SessionState) -> String {
        switch state {
        case .live: "●"
        case .closed: "✓"
        default: "○"
        }
    }

    static func sessionStyle(_ state: SessionState, _ theme: Theme) -> Style {
        state == .live ? theme.overdue : state == .closed ? theme.dim : .plain
    }
}

/// A session's plan: its run-of-show with timeboxes, its total, and who is present.
enum PlanView {
    static func draw(_ plan: SessionPlanState, _ screen: AgendaScreen, _ state: AppState, _ theme: Theme,
                     _ buffer: inout ScreenBuffer, _ layout: ScreenLayout) {
        guard let session = screen.document.agenda.session(plan.session) else { return }
        let body = layout.body
        let lines = self.lines(session, screen.document, state, theme, width: body.width - 2, selected: plan.selection)
        // Keep the selected item in view: it is on line `header + selection`.
        let header = 4
        let scroll = max(0, header + plan.selection - (body.height - 2))
        buffer.draw(lines, in: Rect(x: body.x + 1, y: body.y, width: body.width - 2, height: body.height), scroll: scroll,
                    indicators: theme.dim)
    }

    /// The plan as lines; the item at `selected` is marked.
    static func lines(_ session: Session, _ document: Document, _ state: AppState, _ theme: Theme, width: Int,
                      selected: Int?) -> [StyledLine] {
        let strings = state.strings
        var builder = DetailBuilder(width: width, theme: theme)
        builder.line([Span(strings.format(.planTitle, session.title), theme.bold)])
        var facts = [DateText.day(session.date, strings.language), SessionsView.symbol(session.state) + " "
                     + Labels.sessionState(session.state, strings)]
        if let place = session.place { facts.append(place) }
        if let facilitator = session.facilitator { facts.append(facilitator) }
        builder.line([Span(facts.joined(separator: " · "), theme.dim)])
        builder.line([Span(strings.format(.planAttendance, session.attendance.organizations.count, session.attendance.people.count)
                           + " · " + strings.format(.planTotal, Durations.minutes(session.plannedMinutes)), theme.dim)])
        let served = session.attendance.organizations.flatMap { document.index.organizationByID[$0]?.communities ?? [] }
        if !Dashboard.represents(served) {
            builder.paragraph("⚑ " + strings[.flagSessionUnrepresented], style: theme.filterActive)
        }
        builder.line([])
        if session.items.isEmpty {
            builder.paragraph(strings[.planEmpty], style: theme.dim)
        }
        for (index, item) in session.items.enumerated() {
            let spent = item.clock.elapsed(at: state.now)
            let time = spent > 0 ? Durations.clock(spent) + "/" + Durations.minutes(item.minutes) : Durations.minutes(item.minutes)
            let title = LiveView.itemTitle(item, document.agenda)
            let marker = index == selected ? "›" : " "
            let number = "\(index + 1). "
            let room = max(4, width - DisplayWidth.of(time) - 4 - number.count)
            // The presenter after the title, in at most a third of the room.
            let presenter = item.presenter.map { " · " + $0 } ?? ""
            let presenterWidth = min(DisplayWidth.of(presenter), room / 3)
            let shown = title.truncated(toWidth: room - presenterWidth)
            let left = room - DisplayWidth.of(shown)
            var spans = [Span(marker + number, index == selected ? theme.bold : theme.dim), Span(shown),
                         Span(presenter.truncated(toWidth: left).padded(toWidth: left), theme.dim)]
            spans.append(Span("  " + time, spent > Double(item.minutes * 60) ? theme.overdue : theme.dim))
            if index == selected { spans = spans.map { Span($0.text, $0.style.with(.reverse)) } }
            builder.line(spans)
        }
        return builder.lines
    }
}
