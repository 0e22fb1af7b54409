import AgendaLocalization
import AgendaModel
import AgendaReports
import TerminalWidgets
import TextWidth

/// The activity view: everything that happened since a day, newest first: when, who, which goal or
/// session, what.
enum ActivityView {
    /// The columns' widths; narrow terminals drop the time of day, then who made the change, before the
    /// change itself.
    struct Columns {
        var showsTime: Bool
        var showsWho: Bool
        var time: Int
        var who: Int
        var id = 7
        var change: Int

        init(width: Int, _ language: Language) {
            showsTime = width >= 70
            showsWho = width >= 50
            time = DateText.widestDay(language) + (showsTime ? 6 : 0)
            who = showsWho ? min(22, max(8, width / 6)) : 0
            change = max(8, width - time - who - id - (showsWho ? 6 : 4))
        }
    }

    static func draw(_ screen: AgendaScreen, _ state: ShellState, _ theme: Theme, _ buffer: inout ScreenBuffer,
                     _ layout: ScreenLayout) {
        let strings = state.strings
        let entries = Activity(screen.agenda, filter: screen.activity.filter).entries
        drawStatus(screen, count: entries.count, state, theme, &buffer, layout)
        let list = layout.wideList
        let body = layout.wideListBody
        let columns = Columns(width: list.width, strings.language)
        ColumnHeadings.draw([
            .init(width: columns.time, label: strings[.columnDate]),
            .init(width: columns.showsWho ? columns.who : nil, label: strings[.reportWho]),
            .init(width: columns.id, label: strings[.columnID]), .init(width: columns.change, label: strings[.reportChange]),
        ], x: list.x, y: list.y, theme, &buffer)
        if entries.isEmpty {
            buffer.write(strings[.activityNone], x: 1, y: body.y + 1, style: theme.dim, limit: body.width - 2)
            return
        }
        let words = ActivityWords(screen.agenda, strings)
        screen.activity.list.draw(count: entries.count, in: body, into: &buffer) { index, y, buffer in
            drawEntry(entries[index], words, columns, state, theme, &buffer, x: body.x, y: y)
        }
    }

    /// The status line: how many changes, the filters, who is editing.
    private static func drawStatus(_ screen: AgendaScreen, count: Int, _ state: ShellState, _ theme: Theme,
                                   _ buffer: inout ScreenBuffer, _ layout: ScreenLayout) {
        let strings = state.strings
        let agenda = screen.agenda
        let filter = screen.activity.filter
        let status = " " + strings.format(.activityCount, count)
        var parts: [String] = []
        if let since = filter.since { parts.append(strings.format(.activitySince, DateText.day(since, strings.language))) }
        if let person = filter.person { parts.append(strings[.activityPerson] + " " + person) }
        if let org = filter.organization { parts.append(strings[.filterOrganization] + " " + (agenda.organization(org)?.name ?? org)) }
        if let area = filter.area { parts.append(strings[.filterArea] + " " + Reading(agenda, strings).areaName(area, in: agenda)) }
        if let kinds = ActivityFeature.kindLabel(filter.kinds, strings) { parts.append(kinds) }
        let needed = DisplayWidth.of(status) + DisplayWidth.of(FilterSummary.text(parts, strings, width: .max)) + 1
        let compact = !parts.isEmpty && needed + SaveStatusView.fullWidth(screen, state, theme) > layout.status.width
        let saveWidth = SaveStatusView.draw(screen, state, theme, &buffer, layout, compact: compact)
        let x = buffer.write(status, x: 0, y: layout.status.y, style: theme.dim)
        if !parts.isEmpty {
            buffer.write(FilterSummary.text(parts, strings, width: layout.status.width - x - saveWidth - 1), x: x,
                         y: layout.status.y, style: theme.filterActive)
        }
    }

    /// One entry: when, who, the goal or session, and what happened (with the goal's or session's title).
    private static func drawEntry(_ entry: Activity.Entry, _ words: ActivityWords, _ columns: Columns, _ state: ShellState,
                                  _ theme: Theme, _ buffer: inout ScreenBuffer, x: Int, y: Int) {
        let strings = state.strings
        var x = x
        // A review recorded with its day only, and a session planned for a day, show no time of day.
        let dayOnly: Day? = switch entry.event {
        case .review(let review) where review.time == nil: review.date
        case .planned: Day(entry.time)
        default: columns.showsTime ? nil : Day(entry.time.addingTimeInterval(Double(state.utcOffset)))
        }
        let when = dayOnly.map { DateText.day($0, strings.language) }
            ?? DateText.time(entry.time, strings.language, utcOffset: state.utcOffset)
        buffer.write(when.truncated(toWidth: columns.time).padded(toWidth: columns.time), x: x, y: y, style: theme.dim)
        x += columns.time + 2
        if columns.showsWho {
            buffer.write(entry.by.truncated(toWidth: columns.who).padded(toWidth: columns.who), x: x, y: y)
            x += columns.who + 2
        }
        buffer.write(ActivityWords.subject(entry).truncated(toWidth: columns.id).padded(toWidth: columns.id), x: x, y: y,
                     style: theme.label)
        x += columns.id + 2
        buffer.write(what(entry, words, width: columns.change), x: x, y: y)
    }

    /// What happened, at most `width` wide: with the goal's or session's title; a deletion names its
    /// goal's title itself, cut so that who restored the goal stays in view.
    private static func what(_ entry: Activity.Entry, _ words: ActivityWords, width: Int) -> String {
        guard let deletion = entry.deletion else { return (words.describe(entry) + "  · " + words.title(entry)).truncated(toWidth: width) }
        let restored = words.restored(deletion) ?? ""
        let room = width - DisplayWidth.of(restored)
        guard room >= 12 else { return (words.deleted(deletion) + restored).truncated(toWidth: width) }
        return words.deleted(deletion).truncated(toWidth: room) + restored
    }
}
