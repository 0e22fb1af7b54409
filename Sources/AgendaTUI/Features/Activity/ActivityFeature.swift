import AgendaLocalization
import AgendaModel
import Foundation
import TerminalWidgets

/// The activity view: everything that happened, newest first: goals' changes (undos named as such),
/// reviews, goals deleted, and what sessions recorded; filtered by date, person, organization, area or
/// kind; each entry leads to its goal, or to its session; a deleted goal's, to bringing it back.
public enum ActivityFeature {
    /// The activity view's questions.
    public enum Purpose: Equatable, Sendable {
        /// The filter's first level: which criterion.
        case fields
        /// The values of one criterion, in the order offered (nil: any).
        case values(Criterion, [String?])
        /// The first day of the changes shown.
        case since
        /// Whether to bring back the goal deleted at a time, with its sub-goals.
        case restore(goal: String, deletedAt: Date)
    }

    /// A criterion of the activity filter.
    public enum Criterion: Equatable, Sendable, CaseIterable {
        case since, person, organization, area, kind
    }

    static func update(_ action: Action?, _ key: Key, _ screen: inout AgendaScreen, _ state: inout ShellState) -> [Effect] {
        if let effects = Editing.history(action, &screen, &state) { return effects }
        let entries = Activity(screen.agenda, filter: screen.activity.filter).entries
        if let movement = action?.listMovement {
            screen.activity.list.move(movement, count: entries.count, page: state.layout.wideListBody.height)
            return []
        }
        switch action {
        case .showFigure:
            guard entries.indices.contains(screen.activity.list.selection) else { return [] }
            let entry = entries[screen.activity.list.selection]
            if let deletion = entry.deletion {
                offerRestore(deletion, screen, &state)
            } else {
                show(entry, &screen, state)
            }
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

    /// What an entry leads to: its goal in the goals view, else its session in the sessions view.
    private static func show(_ entry: Activity.Entry, _ screen: inout AgendaScreen, _ state: ShellState) {
        if let goal = entry.goal {
            DashboardFeature.showGoals(FigureTarget(label: goal, goals: [goal]), &screen)
        } else if let id = entry.session, let index = screen.agenda.sessionIndex(id) {
            screen.view = .sessions
            screen.sessions.list.select(index, height: state.layout.wideListBody.height, count: screen.agenda.sessions.count)
        }
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
            MenuItem(label: strings[.filterArea] + ": " + (filter.area.map { Reading(agenda, strings).areaName($0, in: agenda) } ?? any)),
            MenuItem(label: strings[.activityKind] + ": " + (kindLabel(filter.kinds, strings) ?? any)),
        ]
        return MenuState(title: strings[.activityFilterTitle], items: items, purpose: .activity(.fields))
    }

    /// The kinds a filter shows, in words; nil for all.
    static func kindLabel(_ kinds: Set<Activity.Kind>, _ strings: Strings) -> String? {
        guard !kinds.isEmpty else { return nil }
        return Activity.Kind.allCases.filter(kinds.contains).map { Labels.activityKind($0, strings) }.joined(separator: ", ")
    }

    /// The values of one criterion, "any" first.
    static func valuesMenu(_ criterion: Criterion, _ screen: AgendaScreen, _ strings: Strings) -> MenuState {
        let agenda = screen.agenda
        let filter = screen.activity.filter
        var choices: [(label: String, value: String, isCurrent: Bool)] = []
        switch criterion {
        case .person: choices = Activity.people(agenda).map { ($0, $0, filter.person == $0) }
        case .organization: choices = agenda.organizations.map { ($0.name, $0.id, filter.organization == $0.id) }
        case .area, .since:
            let reading = Reading(agenda, strings)
            choices = agenda.areas.map { (Reading.joined(reading.name($0)), $0.id, filter.area == $0.id) }
        case .kind:
            choices = Activity.Kind.allCases.map { (Labels.activityKind($0, strings), $0.rawValue, filter.kinds == [$0]) }
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
            case .kind: screen.activity.filter.kinds = Set(values[index].flatMap(Activity.Kind.init(rawValue:)).map { [$0] } ?? [])
            }
            screen.activity.list.reset()
        case (.restore(let goal, let time), .confirmed):
            return ActivityFeature.restore(goal, deletedAt: time, &screen, &state)
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
