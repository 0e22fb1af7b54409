import AgendaLocalization
import AgendaModel
import TerminalWidgets

/// The activity view: every change, newest first, from the goals' history; filtered by date, person,
/// organization or area; each change leads to its goal.
public enum ActivityFeature {
    /// The activity view's questions.
    public enum Purpose: Equatable, Sendable {
        /// The filter's first level: which criterion.
        case fields
        /// The values of one criterion, in the order offered (nil: any).
        case values(Criterion, [String?])
        /// The first day of the changes shown.
        case since
    }

    /// A criterion of the activity filter.
    public enum Criterion: Equatable, Sendable, CaseIterable {
        case since, person, organization, area
    }

    static func update(_ action: Action?, _ key: Key, _ screen: inout AgendaScreen, _ state: inout ShellState) -> [Effect] {
        let entries = Activity(screen.agenda, filter: screen.activity.filter).entries
        if let movement = action?.listMovement {
            screen.activity.list.move(movement, count: entries.count, page: state.layout.wideListBody.height)
            return []
        }
        switch action {
        case .showFigure:
            guard entries.indices.contains(screen.activity.list.selection) else { return [] }
            let entry = entries[screen.activity.list.selection]
            DashboardFeature.showGoals(FigureTarget(label: entry.goal, goals: [entry.goal]), &screen)
        case .activityFilter:
            state.overlay = .menu(fieldsMenu(screen, state.strings))
        case .clearFilters:
            screen.activity.filter = Activity.Filter()
            screen.activity.list.reset()
        default:
            break
        }
        return []
    }

    /// The filter's first level: each criterion with its current value.
    private static func fieldsMenu(_ screen: AgendaScreen, _ strings: Strings) -> MenuState {
        let filter = screen.activity.filter
        let agenda = screen.agenda
        let any = strings[.filterAny]
        let items = [
            MenuItem(label: strings[.columnDate] + ": " + (filter.since.map { DateText.day($0, strings.language) } ?? any)),
            MenuItem(label: strings[.activityPerson] + ": " + (filter.person ?? any)),
            MenuItem(label: strings[.filterOrganization] + ": " + (filter.organization.flatMap { agenda.organization($0)?.name } ?? any)),
            MenuItem(label: strings[.filterArea] + ": " + (filter.area.flatMap { agenda.area($0)?.name } ?? any)),
        ]
        return MenuState(title: strings[.activityFilterTitle], items: items, purpose: .activity(.fields))
    }

    /// The values of one criterion, "any" first.
    static func valuesMenu(_ criterion: Criterion, _ screen: AgendaScreen, _ strings: Strings) -> MenuState {
        let agenda = screen.agenda
        let filter = screen.activity.filter
        var choices: [(label: String, value: String, isCurrent: Bool)] = []
        switch criterion {
        case .person: choices = Activity.people(agenda).map { ($0, $0, filter.person == $0) }
        case .organization: choices = agenda.organizations.map { ($0.name, $0.id, filter.organization == $0.id) }
        case .area, .since: choices = agenda.areas.map { ($0.name, $0.id, filter.area == $0.id) }
        }
        let items = [MenuItem(label: strings[.filterAny])] + choices.map { MenuItem(label: $0.label, isCurrent: $0.isCurrent) }
        return MenuState(title: strings[.activityFilterTitle], items: items, purpose: .activity(.values(criterion, [nil] + choices.map(\.value))),
                         searchable: true)
    }
}

extension ActivityFeature.Purpose: FeaturePurpose {
    func answer(_ answer: Answer, _ screen: inout AgendaScreen, _ state: inout ShellState) -> [Effect]? {
        switch (self, answer) {
        case (.fields, .chosen(let index)):
            let criterion = ActivityFeature.Criterion.allCases[index]
            if criterion == .since {
                state.overlay = .prompt(PromptState(title: state.strings[.promptSince], purpose: .activity(.since),
                                                    text: screen.activity.filter.since?.description ?? "", hint: .filter,
                                                    replacesOnType: true, acceptsEmpty: true))
            } else {
                state.overlay = .menu(ActivityFeature.valuesMenu(criterion, screen, state.strings))
            }
        case (.values(let criterion, let values), .chosen(let index)):
            switch criterion {
            case .person: screen.activity.filter.person = values[index]
            case .organization: screen.activity.filter.organization = values[index]
            case .area, .since: screen.activity.filter.area = values[index]
            }
            screen.activity.list.reset()
        case (.since, .text(let text)):
            // An empty answer shows all the changes; a day must be a real one.
            guard let day = GoalsFeature.day(text, &state) else { return nil }
            screen.activity.filter.since = day
            screen.activity.list.reset()
        default:
            break
        }
        return []
    }
}
