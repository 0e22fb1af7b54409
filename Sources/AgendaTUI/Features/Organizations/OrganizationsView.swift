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
        let body = layout.listBody
        if agenda.organizations.isEmpty {
            buffer.write(strings[.noOrganizations], x: body.x + 1, y: body.y + 1, style: theme.dim, limit: body.width - 2)
        }
        screen.organizations.list.draw(count: agenda.organizations.count, in: body, into: &buffer) { index, y, buffer in
            drawRow(agenda.organizations[index], columns, screen.document, strings, theme, &buffer, x: body.x, y: y)
        }
        let selection = screen.organizations.selection
        if let detail = layout.detail, agenda.organizations.indices.contains(selection) {
            GoalsView.drawSeparator(layout, theme, &buffer)
            let lines = OrganizationDetail.lines(agenda.organizations[selection], screen.document, state, theme, width: detail.width)
            buffer.draw(lines, in: detail, scroll: screen.organizations.detailScroll, region: .detailPane)
        }
    }

    private static func drawHeadings(_ columns: Columns, _ strings: Strings, _ theme: Theme, _ buffer: inout ScreenBuffer,
                                     _ list: Rect) {
        var x = list.x
        let headings: [(Int?, String, Bool)] = [
            (columns.name, strings[.columnName], false), (columns.country, strings[.columnCountry], false),
            (columns.kind, strings[.columnKind], false), (columns.communities, strings[.columnCommunities], false),
            (columns.goals, strings[.columnGoals], true),
        ]
        for (width, label, right) in headings {
            guard let width else { continue }
            buffer.write(label.padded(toWidth: width, alignment: right ? .right : .left), x: x, y: list.y, style: theme.columnHeading)
            x += width + 2
        }
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
