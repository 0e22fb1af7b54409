import AgendaLocalization
import AgendaModel
import TerminalWidgets
import TextWidth

/// The people view: each person of the roster with their organization, communities and languages, and
/// the selected one's detail with the goals they own and the sessions they were present at.
enum PeopleView {
    /// The widths of the list's columns; the languages, the communities, then the organization give way on
    /// a narrow screen.
    struct Columns {
        var name: Int
        var organization: Int?
        var communities: Int?
        var languages: Int?

        init(width: Int) {
            organization = min(22, width / 3)
            communities = 18
            languages = 10
            name = 0
            if nameWidth(width) < 20 { languages = nil }
            if nameWidth(width) < 18 { communities = nil }
            if nameWidth(width) < 14 { organization = nil }
            name = max(6, nameWidth(width))
        }

        private func nameWidth(_ width: Int) -> Int {
            width - [organization, communities, languages].reduce(0) { $0 + ($1.map { $0 + 2 } ?? 0) } - 2
        }
    }

    static func draw(_ screen: AgendaScreen, _ state: ShellState, _ theme: Theme, _ buffer: inout ScreenBuffer,
                     _ layout: ScreenLayout) {
        let strings = state.strings
        let people = screen.agenda.people
        let saveWidth = SaveStatusView.draw(screen, state, theme, &buffer, layout)
        buffer.write(" " + String(people.count) + " · " + strings[.viewPeople], x: 0, y: layout.status.y,
                     style: theme.dim, limit: layout.status.width - saveWidth)
        let columns = Columns(width: layout.list.width)
        drawHeadings(columns, strings, theme, &buffer, layout.list)
        let body = layout.listBody
        if people.isEmpty {
            buffer.write(strings[.noPeople], x: body.x + 1, y: body.y + 1, style: theme.dim, limit: body.width - 2)
        }
        screen.people.list.draw(count: people.count, in: body, into: &buffer) { index, y, buffer in
            drawRow(people[index], columns, screen.agenda, strings, theme, &buffer, x: body.x, y: y)
        }
        let selection = screen.people.selection
        if let detail = layout.detail, people.indices.contains(selection) {
            GoalsView.drawSeparator(layout, theme, &buffer)
            let lines = PersonDetail.lines(people[selection], screen.document, state, theme, width: detail.width)
            buffer.draw(lines, in: detail, scroll: screen.people.detailScroll, region: .detailPane)
        }
    }

    private static func drawHeadings(_ columns: Columns, _ strings: Strings, _ theme: Theme, _ buffer: inout ScreenBuffer,
                                     _ list: Rect) {
        var x = list.x
        let headings: [(Int?, Text)] = [
            (columns.name, .columnName), (columns.organization, .columnOrganization),
            (columns.communities, .columnCommunities), (columns.languages, .columnLanguages),
        ]
        for (width, label) in headings {
            guard let width else { continue }
            buffer.write(strings[label].truncated(toWidth: width).padded(toWidth: width), x: x, y: list.y, style: theme.columnHeading)
            x += width + 2
        }
    }

    private static func drawRow(_ person: Person, _ columns: Columns, _ agenda: Agenda, _ strings: Strings,
                                _ theme: Theme, _ buffer: inout ScreenBuffer, x: Int, y: Int) {
        var x = x
        buffer.write(person.name.truncated(toWidth: columns.name), x: x, y: y)
        x += columns.name + 2
        if let width = columns.organization {
            let name = person.organization.map { agenda.organization($0)?.name ?? $0 } ?? ""
            buffer.write(name.truncated(toWidth: width), x: x, y: y, style: theme.dim)
            x += width + 2
        }
        if let width = columns.communities {
            buffer.write(Labels.communities(person.communities, strings).truncated(toWidth: width), x: x, y: y)
            x += width + 2
        }
        if let width = columns.languages {
            buffer.write(person.languages.joined(separator: " ").truncated(toWidth: width), x: x, y: y, style: theme.label)
        }
    }
}
