import AgendaLocalization
import AgendaModel
import TerminalWidgets
import TextWidth

/// The organizations view: each organization with country, kind, communities and goal count, and the
/// selected one's details with its linked goals.
enum OrganizationsView {
    static func draw(_ screen: AgendaScreen, _ state: AppState, _ theme: Theme, _ buffer: inout ScreenBuffer,
                     _ layout: ScreenLayout) {
        let strings = state.strings
        let agenda = screen.document.agenda
        let saveWidth = SaveStatusView.draw(screen, state, theme, &buffer, layout)
        buffer.write(" " + String(agenda.organizations.count) + " · " + strings[.viewOrganizations], x: 0, y: layout.status.y,
                     style: theme.dim, limit: layout.status.width - saveWidth)
        let list = layout.list
        let body = layout.listBody
        let countryWidth = max(DisplayWidth.of(strings[.columnCountry]), 2)
        let goalsWidth = max(DisplayWidth.of(strings[.columnGoals]), 3)
        let kindWidth = min(20, OrganizationKind.known.map { DisplayWidth.of(Labels.kind($0, strings)) }.max() ?? 10)
        var communitiesWidth: Int? = 24
        var kindColumn: Int? = kindWidth
        func nameWidth() -> Int {
            list.width - countryWidth - goalsWidth - (kindColumn.map { $0 + 2 } ?? 0) - (communitiesWidth.map { $0 + 2 } ?? 0) - 4
        }
        if nameWidth() < 20 { communitiesWidth = nil }
        if nameWidth() < 16 { kindColumn = nil }
        let name = max(6, nameWidth())
        var x = list.x
        let headings: [(Int?, String, Bool)] = [
            (name, strings[.columnName], false), (countryWidth, strings[.columnCountry], false),
            (kindColumn, strings[.columnKind], false), (communitiesWidth, strings[.columnCommunities], false),
            (goalsWidth, strings[.columnGoals], true),
        ]
        for (width, label, right) in headings {
            guard let width else { continue }
            buffer.write(label.padded(toWidth: width, alignment: right ? .right : .left), x: x, y: list.y, style: theme.columnHeading)
            x += width + 2
        }
        if agenda.organizations.isEmpty {
            buffer.write(strings[.noOrganizations], x: body.x + 1, y: body.y + 1, style: theme.dim, limit: body.width - 2)
        }
        let selection = screen.organizations.selection
        for (line, index) in screen.organizations.viewport.visible(height: body.height, count: agenda.organizations.count).enumerated() {
            let org = agenda.organizations[index]
            let y = body.y + line
            var x = body.x
            buffer.write(org.name.truncated(toWidth: name), x: x, y: y)
            x += name + 2
            buffer.write(org.country, x: x, y: y, style: theme.label, limit: countryWidth)
            x += countryWidth + 2
            if let width = kindColumn {
                buffer.write(Labels.kind(org.kind, strings).truncated(toWidth: width), x: x, y: y, style: theme.dim)
                x += width + 2
            }
            if let width = communitiesWidth {
                buffer.write(org.communities.map { Labels.community($0, strings) }.joined(separator: ", ").truncated(toWidth: width), x: x, y: y)
                x += width + 2
            }
            let count = String(screen.document.index.goalsOfOrganization[org.id]?.count ?? 0)
            buffer.write(count.padded(toWidth: goalsWidth, alignment: .right), x: x, y: y)
            if index == selection {
                buffer.restyle(Rect(x: body.x, y: y, width: body.width, height: 1)) { $0.with(.reverse) }
            }
        }
        if let detail = layout.detail, agenda.organizations.indices.contains(selection) {
            GoalsView.drawSeparator(layout, theme, &buffer)
            let lines = OrganizationDetail.lines(agenda.organizations[selection], screen.document, state, theme,
                                                 width: detail.width)
            buffer.draw(lines, in: detail, scroll: screen.organizations.detailScroll)
        }
    }
}

/// An organization shown whole: where it is, what kind, whom it serves, and the goals linked to it.
enum OrganizationDetail {
    static func lines(_ org: Organization, _ document: Document, _ state: AppState, _ theme: Theme, width: Int) -> [StyledLine] {
        let strings = state.strings
        var builder = DetailBuilder(width: width, theme: theme)
        builder.paragraph(org.name, style: theme.bold)
        builder.line([Span(org.id, theme.dim)])
        builder.blank()
        let labels: [Text] = [.columnCountry, .detailCity, .columnKind, .columnCommunities]
        let labelWidth = min(16, labels.map { DisplayWidth.of(strings[$0]) }.max() ?? 10)
        builder.field(strings[.columnCountry], [Span(org.country)], labelWidth: labelWidth)
        if let city = org.city { builder.field(strings[.detailCity], [Span(city)], labelWidth: labelWidth) }
        builder.field(strings[.columnKind], [Span(Labels.kind(org.kind, strings))], labelWidth: labelWidth)
        builder.field(strings[.columnCommunities],
                      [Span(org.communities.isEmpty ? strings[.detailNone] : org.communities.map { Labels.community($0, strings) }.joined(separator: ", "))],
                      labelWidth: labelWidth)
        let linked = document.index.goalsOfOrganization[org.id] ?? []
        builder.heading(strings[.detailLinkedGoals] + " (\(linked.count))")
        for index in linked {
            let goal = document.agenda.goals[index]
            builder.line([Span(Labels.symbol(goal.status) + " ", theme.status(goal.status)), Span(goal.id + " ", theme.dim),
                          Span(goal.title), Span(" \(goal.progress)%", theme.dim)])
        }
        return builder.lines
    }
}

/// A goal or organization shown on the whole screen, scrolled.
enum DetailScreenView {
    static func draw(_ target: DetailTarget, scroll: Int, _ screen: AgendaScreen, _ state: AppState, _ theme: Theme,
                     _ buffer: inout ScreenBuffer, _ layout: ScreenLayout) {
        let area = Rect(x: layout.body.x + 1, y: layout.body.y, width: layout.body.width - 2, height: layout.body.height)
        buffer.draw(lines(target, screen, state, theme, width: area.width), in: area, scroll: scroll, indicators: theme.dim)
    }

    /// The lines of a goal or organization shown whole, at a width.
    static func lines(_ target: DetailTarget, _ screen: AgendaScreen, _ state: AppState, _ theme: Theme, width: Int)
        -> [StyledLine] {
        switch target {
        case .goal(let index):
            return GoalDetail.lines(index, screen.document, state, theme, width: width)
        case .organization(let id):
            guard let org = screen.document.agenda.organization(id) else { return [] }
            return OrganizationDetail.lines(org, screen.document, state, theme, width: width)
        }
    }
}
