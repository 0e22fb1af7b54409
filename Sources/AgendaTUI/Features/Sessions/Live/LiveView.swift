import AgendaLocalization
import AgendaModel
import AgendaReports
import Foundation
import TerminalWidgets
import TextWidth

/// Live mode: the current item and its clock, the meeting's time, the run-of-show, the speaker queue,
/// and the item's decisions, votes, action items and notes.
enum LiveView {
    static func draw(_ screen: AgendaScreen, _ state: ShellState, _ theme: Theme, _ buffer: inout ScreenBuffer,
                     _ layout: ScreenLayout) {
        guard case .live(let live) = screen.mode, let session = screen.agenda.session(live.session) else { return }
        let agenda = screen.agenda
        let body = layout.body
        let currentIndex = session.currentItem.flatMap { session.itemIndex($0) } ?? (session.items.isEmpty ? nil : 0)
        var y = drawCurrent(session, currentIndex, agenda, state, theme, &buffer, body: body)
        var meeting = state.strings.format(.liveMeeting, Durations.words(session.elapsed(at: state.now)),
                                           Durations.words(minutes: session.plannedMinutes))
        if let index = currentIndex, index + 1 < session.items.count {
            meeting += " · " + state.strings.format(.liveNext, itemTitle(session.items[index + 1], agenda, state.strings))
        }
        let saveWidth = SaveStatusView.draw(screen, state, theme, &buffer, layout, row: y)
        buffer.write(meeting.truncated(toWidth: max(4, body.width - 2 - saveWidth)), x: 1, y: y, style: theme.dim)
        y += 1
        buffer.write(String(repeating: "─", count: body.width), x: 0, y: y, style: theme.separator)
        y += 1
        let rest = Rect(x: 0, y: y, width: body.width, height: body.maxY - y)
        guard rest.height > 0 else { return }
        drawRest(session, currentIndex, agenda, state, theme, &buffer, rest: rest)
    }

    /// The current item: its number and title, its state, its goal and presenter where there is room,
    /// and its clock. Returns the line below.
    private static func drawCurrent(_ session: Session, _ currentIndex: Int?, _ agenda: Agenda, _ state: ShellState,
                                    _ theme: Theme, _ buffer: inout ScreenBuffer, body: Rect) -> Int {
        let strings = state.strings
        var y = body.y
        guard let index = currentIndex else {
            buffer.write(strings[.messageNoItems], x: 1, y: y, style: theme.dim, limit: body.width - 2)
            return y + 2
        }
        let item = session.items[index]
        let running = item.clock.isRunning
        let status = running ? strings[.liveLabel]
            : item.clock.runs.isEmpty ? strings[.liveNotStarted] : strings[.livePaused]
        let head = (running ? "▶ " : "‖ ") + "\(index + 1)/\(session.items.count)  "
        let statusWidth = DisplayWidth.of(status) + 2
        var x = buffer.write(head, x: 1, y: y, style: theme.bold)
        x += buffer.write(itemTitle(item, agenda, state.strings).truncated(toWidth: max(4, body.width - x - statusWidth - 1)), x: x, y: y,
                          style: theme.bold)
        buffer.write(status, x: body.width - statusWidth, y: y, style: running ? theme.overdue : theme.dim)
        y += 1
        // Who presents the item, and its goal, under its title: the presenter always, the goal where there
        // is room for a line more.
        if body.height >= 14 || item.presenter != nil {
            let indent = 1 + DisplayWidth.of(head)
            let width = max(1, body.width - indent - 1)
            buffer.draw([LiveItemLine.spans(item, agenda, state, theme, width: width)],
                        in: Rect(x: indent, y: y, width: width, height: 1), scroll: 0)
            y += 1
        }
        drawClock(item, now: state.now, strings, theme, &buffer, x: 1, y: y, width: body.width - 2)
        return y + 1
    }

    /// Below the clock: the run-of-show and the speaker queue side by side when there is room, and the
    /// item's record under them.
    private static func drawRest(_ session: Session, _ currentIndex: Int?, _ agenda: Agenda, _ state: ShellState,
                                 _ theme: Theme, _ buffer: inout ScreenBuffer, rest: Rect) {
        let strings = state.strings
        let now = state.now
        let topHeight = rest.height >= 12 ? rest.height * 55 / 100 : rest.height
        let top = Rect(x: 0, y: rest.y, width: rest.width, height: topHeight)
        if top.width >= 70 {
            let (left, right) = top.splitLeft(top.width * 45 / 100)
            drawRunOfShow(session, current: currentIndex, agenda, now: now, strings, theme, &buffer,
                          in: Rect(x: left.x + 1, y: left.y, width: left.width - 2, height: left.height))
            for row in right.y..<right.maxY { buffer.write("│", x: right.x, y: row, style: theme.separator) }
            drawQueue(session, agenda, now: now, strings, theme, &buffer,
                      in: Rect(x: right.x + 2, y: right.y, width: right.width - 3, height: right.height))
        } else {
            drawQueue(session, agenda, now: now, strings, theme, &buffer,
                      in: Rect(x: 1, y: top.y, width: top.width - 2, height: top.height))
        }
        let bottom = Rect(x: 1, y: top.maxY, width: rest.width - 2, height: rest.maxY - top.maxY)
        if bottom.height > 1, let index = currentIndex {
            buffer.write(String(repeating: "─", count: rest.width), x: 0, y: bottom.y, style: theme.separator)
            let lines = record(session.items[index], agenda, strings, theme, width: bottom.width)
            buffer.draw(lines, in: Rect(x: bottom.x, y: bottom.y + 1, width: bottom.width, height: bottom.height - 1),
                        scroll: max(0, lines.count - (bottom.height - 1)), indicators: theme.dim)
        }
    }

    /// The item's clock: a bar that turns from green to amber at 80% to red past the timebox, the time
    /// spent against the timebox, and what is left or the overrun in words.
    static func drawClock(_ item: SessionItem, now: Date, _ strings: Strings, _ theme: Theme, _ buffer: inout ScreenBuffer,
                          x: Int, y: Int, width: Int) {
        let spent = item.clock.elapsed(at: now)
        let planned = TimeInterval(item.minutes * 60)
        let fraction = planned > 0 ? spent / planned : 1
        let over = spent - planned
        let words = over > 0 ? strings.format(.liveOver, Durations.clock(over)) : strings.format(.liveLeft, Durations.clock(-over))
        let text = " " + Durations.clock(spent) + " / " + Durations.minutes(item.minutes) + "  " + words
        let barWidth = max(4, width - DisplayWidth.of(text))
        let style = theme.hasColor
            ? Style(foreground: fraction >= 1 ? .red : fraction >= 0.8 ? .yellow : .green)
            : (fraction >= 1 ? Style(attributes: .bold) : .plain)
        buffer.write(ProgressBar.text(percent: Int(min(1, fraction) * 100), width: barWidth), x: x, y: y, style: style)
        buffer.write(text, x: x + barWidth, y: y, style: over > 0 ? theme.overdue : .plain)
    }

    static func drawRunOfShow(_ session: Session, current: Int?, _ agenda: Agenda, now: Date, _ strings: Strings,
                              _ theme: Theme, _ buffer: inout ScreenBuffer, in area: Rect) {
        guard area.height > 0 else { return }
        buffer.write(strings[.minutesRunOfShow], x: area.x, y: area.y, style: theme.bold)
        let rows = area.height - 1
        let start = max(0, min((current ?? 0) - rows / 2, session.items.count - rows))
        for (line, index) in (start..<session.items.count).prefix(rows).enumerated() {
            let item = session.items[index]
            let spent = item.clock.elapsed(at: now)
            let mark = index == current ? "▶" : spent > 0 ? "✓" : " "
            let time = (Durations.clock(spent) + "/" + Durations.minutes(item.minutes)).padded(toWidth: 11, alignment: .right)
            let room = max(4, area.width - DisplayWidth.of(time) - 6)
            let style: Style = index == current ? theme.bold : spent > 0 ? theme.dim : .plain
            let text = mark + " \(index + 1) " + itemTitle(item, agenda, strings).truncated(toWidth: room).padded(toWidth: room) + " " + time
            buffer.write(text, x: area.x, y: area.y + 1 + line, style: spent > Double(item.minutes * 60) && index == current
                         ? theme.overdue : style, limit: area.width)
        }
    }

    static func drawQueue(_ session: Session, _ agenda: Agenda, now: Date, _ strings: Strings, _ theme: Theme,
                          _ buffer: inout ScreenBuffer, in area: Rect) {
        guard area.height > 0 else { return }
        buffer.write(strings[session.progressive ? .liveQueueProgressive : .liveQueue], x: area.x, y: area.y, style: theme.bold,
                     limit: area.width)
        var row = area.y + 1
        let orgs = Dictionary(agenda.organizations.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        func kind(_ speaker: Speaker) -> String {
            speaker.kind == .newPoint ? "" : " · " + Labels.intervention(speaker.kind, strings)
        }
        if let speaker = session.currentSpeaker, row < area.maxY {
            let time = Durations.clock(speaker.spoken(at: now))
            let room = max(4, area.width - time.count - 1)
            buffer.write(queueLine("🎤 ", speaker, organization: speaker.organization.flatMap { orgs[$0]?.name },
                                   kind: kind(speaker), width: room), x: area.x, y: row, style: theme.bold, limit: room)
            buffer.write(time, x: area.maxX - time.count, y: row, style: theme.bold)
            row += 1
        }
        let queue = session.queue(organizations: orgs)
        if queue.isEmpty, row < area.maxY {
            buffer.write(strings[.liveNoQueue], x: area.x, y: row, style: theme.dim, limit: area.width)
        }
        for (number, speaker) in queue.enumerated() where row < area.maxY {
            buffer.write(queueLine("\(number + 1). ", speaker, organization: speaker.organization.flatMap { orgs[$0]?.name },
                                   kind: kind(speaker), width: area.width),
                         x: area.x, y: row, style: speaker.kind == .pointOfOrder ? theme.filterActive : .plain, limit: area.width)
            row += 1
        }
    }

    /// A line of the speaker queue: its mark, the name and organization, and the kind of turn. What does
    /// not fit is cut from the organization first, then from the name, each with an ellipsis; the kind of
    /// turn shows whole.
    static func queueLine(_ mark: String, _ speaker: Speaker, organization: String?, kind: String, width: Int) -> String {
        let room = width - DisplayWidth.of(mark) - DisplayWidth.of(kind)
        let name = speaker.name
        guard let organization else { return mark + name.truncated(toWidth: max(1, room)) + kind }
        let whole = name + " (" + organization + ")"
        if DisplayWidth.of(whole) <= room { return mark + whole + kind }
        // The organization cut inside its parentheses while a column of it can show, if only its ellipsis.
        let left = room - DisplayWidth.of(name) - 3
        if left >= 1 { return mark + name + " (" + organization.truncated(toWidth: left) + ")" + kind }
        return mark + (name + " (" + organization).truncated(toWidth: max(1, room)) + kind
    }

    /// What the meeting has recorded on an item: decisions, votes, action items and notes; `empty` says
    /// there is nothing.
    static func record(_ item: SessionItem, _ agenda: Agenda, _ strings: Strings, _ theme: Theme, width: Int,
                       empty: Text = .liveNothingRecorded) -> [StyledLine] {
        var builder = DetailBuilder(width: width, theme: theme)
        if !item.decisions.isEmpty {
            builder.line([Span(strings[.liveDecisions], theme.bold)])
            for decision in item.decisions { builder.paragraph("• " + decision.text, indent: 1) }
        }
        if !item.votes.isEmpty {
            builder.line([Span(strings[.liveVotes], theme.bold)])
            for vote in item.votes { builder.paragraph("• " + VoteWords.describe(vote, strings), indent: 1) }
        }
        if !item.actions.isEmpty {
            builder.line([Span(strings[.liveActions], theme.bold)])
            for id in item.actions {
                let goal = agenda.goal(id)
                let owners = goal?.owners.joined(separator: ", ") ?? ""
                builder.paragraph("• " + id + " " + (goal?.title ?? "") + (owners.isEmpty ? "" : " (" + owners + ")"), indent: 1)
            }
        }
        if !item.notes.isEmpty {
            builder.line([Span(strings[.liveNotes], theme.bold)])
            builder.paragraph(item.notes, indent: 1)
        }
        if builder.lines.isEmpty {
            builder.paragraph(strings[empty], style: theme.dim)
        }
        return builder.lines
    }

    /// An item's title: its goal's (with the goal's id), or its topic.
    static func itemTitle(_ item: SessionItem, _ agenda: Agenda, _ strings: Strings) -> String {
        let reading = Reading(agenda, strings)
        if let id = item.goal {
            return agenda.goal(id).map { Reading.joined(reading.title($0)) + " (" + $0.id + ")" } ?? id
        }
        return Reading.joined(reading.topic(item))
    }
}
