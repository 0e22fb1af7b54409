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
        screen.people.draw(count: people.count, empty: strings[.noPeople], layout, theme, &buffer,
                           row: { index, x, y, buffer in drawRow(people[index], columns, screen.agenda, strings, theme, &buffer, x: x, y: y) },
                           detail: { index, width in PersonDetail.lines(people[index], screen.document, state, theme, width: width) })
    }

    private static func drawHeadings(_ columns: Columns, _ strings: Strings, _ theme: Theme, _ buffer: inout ScreenBuffer,
                                     _ list: Rect) {
        ColumnHeadings.draw([
            .init(width: columns.name, label: strings[.columnName]), .init(width: columns.organization, label: strings[.columnOrganization]),
            .init(width: columns.communities, label: strings[.columnCommunities]), .init(width: columns.languages, label: strings[.columnLanguages]),
        ], x: list.x, y: list.y, theme, &buffer)
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
