import AgendaLocalization
import AgendaModel
import TerminalWidgets
import TextWidth

/// A person shown whole: their organization, country, communities, languages and contact, the goals
/// they own and the sessions they were present at.
enum PersonDetail {
    static func lines(_ person: Person, _ document: Document, _ state: ShellState, _ theme: Theme, width: Int) -> [StyledLine] {
        let strings = state.strings
        let agenda = document.agenda
        var builder = DetailBuilder(width: width, theme: theme)
        builder.paragraph(person.name, style: theme.bold)
        builder.line([Span(person.id, theme.dim)])
        builder.blank()
        let labels: [Text] = [.columnOrganization, .columnCountry, .columnCommunities, .fieldLanguages, .fieldEmail, .fieldPhone]
        let labelWidth = min(16, labels.map { DisplayWidth.of(strings[$0]) }.max() ?? 10)
        func field(_ label: Text, _ value: String?) {
            let shown = value.flatMap { $0.isEmpty ? nil : $0 }
            builder.field(strings[label], [shown.map { Span($0) } ?? Span("—", theme.dim)], labelWidth: labelWidth)
        }
        field(.columnOrganization, person.organization.map { agenda.organization($0)?.name ?? $0 })
        field(.columnCountry, person.country)
        field(.columnCommunities, Labels.communities(person.communities, strings))
        field(.fieldLanguages, Labels.languages(person.languages, strings))
        field(.fieldEmail, person.contact?.email)
        field(.fieldPhone, person.contact?.phone)
        let uses = agenda.uses(ofPerson: person.id)
        let reading = Reading(agenda, strings)
        builder.heading(strings[.detailOwnsGoals] + " (\(uses.goals.count))")
        for id in uses.goals {
            guard let goal = agenda.goal(id) else { continue }
            builder.line([Span(Labels.symbol(goal.status) + " ", theme.status(goal.status)), Span(goal.id + " ", theme.dim),
                          Span(Reading.joined(reading.title(goal)))])
        }
        builder.heading(strings[.detailAttended] + " (\(uses.sessions.count))")
        for id in uses.sessions {
            guard let session = agenda.session(id) else { continue }
            builder.line([Span(DateText.day(session.date, strings.language) + "  ", theme.dim), Span(Reading.joined(reading.title(session)))])
        }
        return builder.lines
    }
}
