import AgendaLocalization
import AgendaModel
import TerminalWidgets
import TextWidth

/// The organizations view: each organization with country, kind, communities and goal count, and the
/// selected one's details with its linked goals.
enum OrganizationsView {
    /// The widths of the list's columns; the communities, then the kind, give way on a narrow screen.
    struct Columns {
        var name: Int
        var country: Int
        var kind: Int?
        var communities: Int?
        var goals: Int

        init(width: Int, _ strings: Strings) {
            country = max(DisplayWidth.of(strings[.columnCountry]), 2)
            goals = max(DisplayWidth.of(strings[.columnGoals]), 3)
            let kindWidth = min(20, OrganizationKind.known.map { DisplayWidth.of(Labels.kind($0, strings)) }.max() ?? 10)
            communities = 24
            kind = kindWidth
            name = 0
            if nameWidth(width) < 20 { communities = nil }
            if nameWidth(width) < 16 { kind = nil }
            name = max(6, nameWidth(width))
        }

        private func nameWidth(_ width: Int) -> Int {
            width - country - goals - (kind.map { $0 + 2 } ?? 0) - (communities.map { $0 + 2 } ?? 0) - 4
        }
    }

    static func draw(_ screen: AgendaScreen, _ state: ShellState, _ theme: Theme, _ buffer: inout ScreenBuffer,
                     _ layout: ScreenLayout) {
        let strings = state.strings
        let agenda = screen.agenda
        let saveWidth = SaveStatusView.draw(screen, state, theme, &buffer, layout)
        buffer.write(" " + String(agenda.organizations.count) + " · " + strings[.viewOrganizations], x: 0, y: layout.status.y,
                     style: theme.dim, limit: layout.status.width - saveWidth)
        let columns = Columns(width: layout.list.width, strings)
        drawHeadings(columns, strings, theme, &buffer, layout.list)
        screen.organizations.draw(count: agenda.organizations.count, empty: strings[.noOrganizations], layout, theme, &buffer,
                                  row: { index, x, y, buffer in
                                      drawRow(agenda.organizations[index], columns, screen.document, strings, theme, &buffer, x: x, y: y)
                                  },
                                  detail: { index, width in
                                      OrganizationDetail.lines(agenda.organizations[index], screen.document, state, theme, width: width)
                                  })
    }

    private static func drawHeadings(_ columns: Columns, _ strings: Strings, _ theme: Theme, _ buffer: inout ScreenBuffer,
                                     _ list: Rect) {
        ColumnHeadings.draw([
            .init(width: columns.name, label: strings[.columnName]), .init(width: columns.country, label: strings[.columnCountry]),
            .init(width: columns.kind, label: strings[.columnKind]), .init(width: columns.communities, label: strings[.columnCommunities]),
            .init(width: columns.goals, label: strings[.columnGoals], right: true),
        ], x: list.x, y: list.y, theme, &buffer)
    }

    private static func drawRow(_ org: Organization, _ columns: Columns, _ document: Document, _ strings: Strings,
                                _ theme: Theme, _ buffer: inout ScreenBuffer, x: Int, y: Int) {
        var x = x
        buffer.write(org.name.truncated(toWidth: columns.name), x: x, y: y)
        x += columns.name + 2
        buffer.write(org.country, x: x, y: y, style: theme.label, limit: columns.country)
        x += columns.country + 2
        if let width = columns.kind {
            buffer.write(Labels.kind(org.kind, strings).truncated(toWidth: width), x: x, y: y, style: theme.dim)
            x += width + 2
        }
        if let width = columns.communities {
            buffer.write(Labels.communities(org.communities, strings).truncated(toWidth: width), x: x, y: y)
            x += width + 2
        }
        let count = String(document.index.goalsOfOrganization[org.id]?.count ?? 0)
        buffer.write(count.padded(toWidth: columns.goals, alignment: .right), x: x, y: y)
    }
}
