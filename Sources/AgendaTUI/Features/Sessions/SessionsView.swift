import AgendaLocalization
import AgendaModel
import AgendaReports
import TerminalWidgets
import TextWidth

/// The sessions view: each session with its date, state, items and planned time, and the selected
/// session's run-of-show beside or below.
enum SessionsView {
    static func draw(_ screen: AgendaScreen, _ state: ShellState, _ theme: Theme, _ buffer: inout ScreenBuffer,
                     _ layout: ScreenLayout) {
        let strings = state.strings
        let sessions = screen.agenda.sessions
        let saveWidth = SaveStatusView.draw(screen, state, theme, &buffer, layout)
        buffer.write(" \(sessions.count) · " + strings[.viewSessions], x: 0, y: layout.status.y, style: theme.dim,
                     limit: layout.status.width - saveWidth)
        let list = layout.list
        let columns = self.columns(width: list.width, strings)
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
        screen.sessions.list.draw(count: sessions.count, in: body, into: &buffer) { index, y, buffer in
            let session = sessions[index]
            var x = body.x
            for column in columns {
                let value: String
                var style = Style.plain
                switch column.column {
                case .date: value = DateText.day(session.date, strings.language)
                case .state:
                    value = symbol(session.state) + (column.width > 1 ? " " + Labels.sessionState(session.state, strings) : "")
                    style = sessionStyle(session.state, theme)
                case .title: value = session.title
                case .items: value = String(session.items.count)
                case .planned: value = Durations.minutes(session.plannedMinutes)
                }
                buffer.write(value.padded(toWidth: column.width, alignment: column.right ? .right : .left), x: x, y: y, style: style)
                x += column.width + 2
            }
        }
        if let pane = layout.detail, sessions.indices.contains(screen.sessions.list.selection) {
            GoalsView.drawSeparator(layout, theme, &buffer)
            let lines = PlanView.lines(sessions[screen.sessions.list.selection], screen.document, state, theme, width: pane.width,
                                       selected: nil)
            buffer.draw(lines, in: pane, scroll: 0, indicators: theme.dim)
        }
    }

    enum Column { case date, state, title, items, planned }

    /// The columns that fit a width, each with its heading and width. The title keeps at least 12
    /// columns; others give way whole, never cut mid-value: the number of items first, then the state's
    /// word (its symbol stays), the planned time, the date.
    static func columns(width: Int, _ strings: Strings) -> [(column: Column, label: String, width: Int, right: Bool)] {
        let stateWidth = SessionState.known.map { DisplayWidth.of(Labels.sessionState($0, strings)) }.max() ?? 7
        var columns: [(column: Column, label: String, width: Int, right: Bool)] = [
            (.date, strings[.columnDate], DateText.widestDay(strings.language), false),
            (.state, strings[.columnState], stateWidth + 2, false),
            (.title, strings[.columnTitle], 0, false),
            (.items, strings[.columnItems], max(5, DisplayWidth.of(strings[.columnItems])), true),
            (.planned, strings[.columnPlanned], max(DisplayWidth.of(strings[.columnPlanned]), 7), true),
        ]
        let title = 12
        func fits() -> Bool { columns.reduce(0) { $0 + $1.width } + 2 * (columns.count - 1) + title <= width }
        let steps: [() -> Void] = [
            { columns.removeAll { $0.column == .items } },
            { if let state = columns.firstIndex(where: { $0.column == .state }) { columns[state].label = ""; columns[state].width = 1 } },
            { columns.removeAll { $0.column == .planned } },
            { columns.removeAll { $0.column == .date } },
        ]
        for step in steps where !fits() { step() }
        let fixed = columns.reduce(0) { $0 + $1.width } + 2 * (columns.count - 1)
        if let index = columns.firstIndex(where: { $0.column == .title }) { columns[index].width = max(4, width - fixed) }
        return columns
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
