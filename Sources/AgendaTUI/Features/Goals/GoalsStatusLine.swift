import AgendaLocalization
import AgendaModel
import TerminalWidgets
import TextWidth

/// The goals view's status line: the search field while it is open, else the counts, the active
/// filters and search, the sort, and who is editing.
enum GoalsStatusLine {
    static func draw(_ screen: AgendaScreen, _ state: ShellState, _ theme: Theme, _ buffer: inout ScreenBuffer,
                     _ layout: ScreenLayout) {
        let goals = screen.goals
        let strings = state.strings
        let row = layout.status.y
        let width = layout.status.width
        let count = strings.format(.goalsOfTotal, goals.matching, screen.agenda.goals.count)
        if goals.isSearching {
            drawSearch(goals.search, count: count, strings, theme, &buffer, row: row, width: width)
            return
        }
        var x = buffer.write(" " + count, x: 0, y: row, style: theme.dim)
        let parts = filters(goals, screen.agenda, strings)
        let sortText = goals.sort == .file ? "" : strings[.sortLabel] + ": " + strings[sortName(goals.sort)]
        // The filters come before who is editing: the status gives way when they need the room.
        let filtersWidth = DisplayWidth.of(FilterSummary.text(parts, strings, width: .max))
        let bare = x + filtersWidth + (sortText.isEmpty ? 0 : DisplayWidth.of(sortText) + 2) + 1
        let compact = !parts.isEmpty && bare + SaveStatusView.fullWidth(screen, state, theme) > width
        let saveWidth = SaveStatusView.draw(screen, state, theme, &buffer, layout, compact: compact)
        let sortWidth = (sortText.isEmpty ? 0 : DisplayWidth.of(sortText) + 2) + saveWidth
        if !parts.isEmpty {
            let text = FilterSummary.text(parts, strings, width: width - x - sortWidth - 1)
            x += buffer.write(text, x: x, y: row, style: theme.filterActive)
        }
        if !sortText.isEmpty {
            buffer.write(sortText, x: max(x + 1, width - sortWidth + 1), y: row, style: theme.filterActive,
                         limit: sortWidth - saveWidth)
        }
    }

    /// The open search line: its label, the field with the cursor, and the count.
    private static func drawSearch(_ search: TextField, count: String, _ strings: Strings, _ theme: Theme,
                                   _ buffer: inout ScreenBuffer, row: Int, width: Int) {
        let label = strings[.searchLabel] + ": "
        var x = buffer.write(" " + label, x: 0, y: row, style: theme.bold)
        let countWidth = DisplayWidth.of(count) + 2
        let fieldWidth = max(4, width - x - countWidth)
        let cursor = search.draw(into: &buffer, x: x, y: row, width: fieldWidth, style: theme.searchField)
        buffer.cursor = (cursor, row)
        x += fieldWidth
        buffer.write(" " + count, x: x, y: row, style: theme.dim)
    }

    /// The active filters and the search, in words.
    private static func filters(_ goals: GoalsState, _ agenda: Agenda, _ strings: Strings) -> [String] {
        var parts: [String] = []
        let filter = goals.filter
        if let status = filter.statuses.first { parts.append(strings[.filterStatus] + " " + Labels.status(status, strings)) }
        if let area = filter.area { parts.append(strings[.filterArea] + " " + Reading(agenda, strings).areaName(area, in: agenda)) }
        if let owner = filter.owner { parts.append(strings[.filterOwner] + " " + owner) }
        if let org = filter.organization {
            parts.append(strings[.filterOrganization] + " " + (agenda.organization(org)?.name ?? org))
        }
        if let country = filter.country { parts.append(strings[.filterCountry] + " " + country) }
        if let health = filter.health { parts.append(strings[.fieldHealth] + " " + Labels.health(health, strings)) }
        if let language = filter.needsTranslation {
            parts.append(strings[.filterNeedsTranslation] + " " + Labels.languageName(language, strings))
        }
        if let since = filter.notReviewedSince {
            parts.append(strings[.filterNotReviewedSince] + " " + DateText.day(since, strings.language))
        }
        if let label = filter.goalsLabel, filter.goals != nil { parts.append(label) }
        if !goals.search.text.isEmpty { parts.append(strings.format(.searchQuoted, goals.search.text)) }
        return parts
    }

    /// A sort order's name.
    static func sortName(_ sort: GoalSort) -> Text {
        switch sort {
        case .due: .sortDue
        case .progress: .sortProgress
        case .status: .sortStatus
        case .title: .sortTitle
        case .file: .sortFile
        }
    }
}
