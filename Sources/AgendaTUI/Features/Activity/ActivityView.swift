import AgendaLocalization
import AgendaModel
import AgendaReports
import TerminalWidgets
import TextWidth

/// The activity view: every change since a day, newest first: when, who, which goal, what.
enum ActivityView {
    static func draw(_ screen: AgendaScreen, _ state: AppState, _ theme: Theme, _ buffer: inout ScreenBuffer,
                     _ layout: ScreenLayout) {
        let strings = state.strings
        let agenda = screen.document.agenda
        let entries = Activity(agenda, filter: screen.activity.filter).entries
        let filter = screen.activity.filter
        var status = " " + strings.format(.activityCount, entries.count)
        var parts: [String] = []
        if let since = filter.since { parts.append(strings.format(.activitySince, DateText.day(since, strings.language))) }
        if let person = filter.person { parts.append(strings[.activityPerson] + " " + person) }
        if let org = filter.organization { parts.append(strings[.filterOrganization] + " " + (agenda.organization(org)?.name ?? org)) }
        if let area = filter.area { parts.append(strings[.filterArea] + " " + (agenda.area(area)?.name ?? area)) }
        let needed = DisplayWidth.of(status) + DisplayWidth.of(FilterSummary.text(parts, strings, width: .max)) + 1
        let compact = !parts.isEmpty && needed + SaveStatusView.fullWidth(screen, state, theme) > layout.status.width
        let saveWidth = SaveStatusView.draw(screen, state, theme, &buffer, layout, compact: compact)
        let x = buffer.write(status, x: 0, y: layout.status.y, style: theme.dim)
        if !parts.isEmpty {
            status = FilterSummary.text(parts, strings, width: layout.status.width - x - saveWidth - 1)
            buffer.write(status, x: x, y: layout.status.y, style: theme.filterActive)
        }
        let list = Rect(x: 0, y: layout.list.y, width: layout.header.width,
                        height: layout.hints.y - layout.list.y)
        let body = Rect(x: list.x, y: list.y + 1, width: list.width, height: list.height - 1)
        // Narrow terminals drop the time of day, then who made the change, before the change itself.
        let showsTime = list.width >= 70
        let showsWho = list.width >= 50
        let timeWidth = DateText.widestDay(strings.language) + (showsTime ? 6 : 0)
        let whoWidth = showsWho ? min(22, max(8, list.width / 6)) : 0
        let idWidth = 7
        let gaps = showsWho ? 6 : 4
        let changeWidth = max(8, list.width - timeWidth - whoWidth - idWidth - gaps)
        var columns = [(strings[.columnDate], timeWidth)]
        if showsWho { columns.append((strings[.reportWho], whoWidth)) }
        columns += [(strings[.columnID], idWidth), (strings[.reportChange], changeWidth)]
        var column = list.x
        for (label, width) in columns {
            buffer.write(label.truncated(toWidth: width).padded(toWidth: width), x: column, y: list.y, style: theme.columnHeading)
            column += width + 2
        }
        if entries.isEmpty {
            buffer.write(strings[.activityNone], x: 1, y: body.y + 1, style: theme.dim, limit: body.width - 2)
            return
        }
        for (line, index) in screen.activity.viewport.visible(height: body.height, count: entries.count).enumerated() {
            let entry = entries[index]
            let y = body.y + line
            var x = body.x
            // A review recorded with its day only shows no time of day.
            let dayOnly = !showsTime || (entry.review != nil && entry.review?.time == nil)
            let when = dayOnly ? DateText.day(entry.review?.date ?? Day(entry.change.time.addingTimeInterval(Double(state.utcOffset))),
                                              strings.language)
                : DateText.time(entry.change.time, strings.language, utcOffset: state.utcOffset)
            buffer.write(when.truncated(toWidth: timeWidth).padded(toWidth: timeWidth), x: x, y: y, style: theme.dim)
            x += timeWidth + 2
            if showsWho {
                buffer.write(entry.change.by.truncated(toWidth: whoWidth).padded(toWidth: whoWidth), x: x, y: y)
                x += whoWidth + 2
            }
            buffer.write(entry.goal.padded(toWidth: idWidth), x: x, y: y, style: theme.label)
            x += idWidth + 2
            let what = ChangeWords.describe(entry, strings) + "  · " + entry.title
            buffer.write(what.truncated(toWidth: changeWidth), x: x, y: y)
            if index == screen.activity.selection {
                buffer.restyle(Rect(x: body.x, y: y, width: body.width, height: 1)) { $0.with(.reverse) }
            }
        }
    }
}
