import AgendaLocalization
import AgendaModel
import TerminalWidgets
import TextWidth

/// An organization shown whole: where it is, what kind, whom it serves, and the goals linked to it.
enum OrganizationDetail {
    static func lines(_ org: Organization, _ document: Document, _ state: ShellState, _ theme: Theme, width: Int) -> [StyledLine] {
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
                      [Span(org.communities.isEmpty ? strings[.detailNone] : Labels.communities(org.communities, strings))],
                      labelWidth: labelWidth)
        let linked = document.index.goalsOfOrganization[org.id] ?? []
        builder.heading(strings[.detailLinkedGoals] + " (\(linked.count))")
        let reading = Reading(document.agenda, strings)
        for index in linked {
            let goal = document.agenda.goals[index]
            builder.line([Span(Labels.symbol(goal.status) + " ", theme.status(goal.status)), Span(goal.id + " ", theme.dim),
                          Span(Reading.joined(reading.title(goal))), Span(" \(goal.progress)%", theme.dim)])
        }
        return builder.lines
    }
}
