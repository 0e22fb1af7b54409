import AgendaLocalization
import AgendaModel
import TerminalWidgets

extension GoalsFeature {
    /// The filter menu's first level: each criterion with its current value.
    static func filterFieldsMenu(_ screen: AgendaScreen, _ strings: Strings) -> MenuState {
        let filter = screen.goals.filter
        let agenda = screen.agenda
        let any = strings[.filterAny]
        func line(_ label: Text, _ value: String?) -> MenuItem { MenuItem(label: strings[label] + ": " + (value ?? any)) }
        let items = [
            line(.filterStatus, filter.statuses.first.map { Labels.status($0, strings) }),
            line(.filterArea, filter.area.map { Reading(agenda, strings).areaName($0, in: agenda) }),
            line(.filterOwner, filter.owner),
            line(.filterOrganization, filter.organization.map { agenda.organization($0)?.name ?? $0 }),
            line(.filterCountry, filter.country),
            line(.filterNotReviewedSince, filter.notReviewedSince.map { DateText.day($0, strings.language) }),
            line(.fieldHealth, filter.health.map { Labels.health($0, strings) }),
            line(.filterNeedsTranslation, filter.needsTranslation.map { Labels.languageName($0, strings) }),
        ]
        return MenuState(title: strings[.filterMenuTitle], items: items, purpose: .goals(.filterFields))
    }

    /// The criteria of the filter menu's first level, in its order.
    static let filterFields: [FilterField] = [.status, .area, .owner, .organization, .country, .reviewed, .health, .translation]

    /// The values one criterion can take, "any" first, the current one marked.
    static func filterValuesMenu(_ field: FilterField, _ screen: AgendaScreen, _ strings: Strings) -> MenuState {
        let (title, choices) = filterChoices(field, screen, strings)
        var items = [MenuItem(label: strings[.filterAny])] + choices.map { MenuItem(label: $0.label, isCurrent: $0.isCurrent) }
        if !items.dropFirst().contains(where: \.isCurrent) { items[0].isCurrent = true }
        return MenuState(title: strings[title], items: items, purpose: .goals(.filterValues(field, [nil] + choices.map(\.value))),
                         searchable: true)
    }

    /// The values of a criterion with their labels, and whether each is the one the filter holds.
    private static func filterChoices(_ field: FilterField, _ screen: AgendaScreen, _ strings: Strings)
        -> (Text, [(label: String, value: FilterValue, isCurrent: Bool)]) {
        let agenda = screen.agenda
        let filter = screen.goals.filter
        switch field {
        case .status:
            return (.filterStatus, GoalStatus.known.map { (Labels.status($0, strings), .status($0), filter.statuses == [$0]) })
        case .area:
            let reading = Reading(agenda, strings)
            return (.filterArea, agenda.areas.map { (Reading.joined(reading.name($0)), .text($0.id), filter.area == $0.id) })
        case .owner:
            var seen: Set<String> = []
            let owners = agenda.goals.flatMap(\.owners).filter { seen.insert($0).inserted }
                .sorted { TextFolding.fold($0) < TextFolding.fold($1) }
            return (.filterOwner, owners.map { ($0, .text($0), filter.owner == $0) })
        case .organization:
            let organizations = agenda.organizations.sorted { TextFolding.fold($0.name) < TextFolding.fold($1.name) }
            return (.filterOrganization, organizations.map { ("\($0.name) (\($0.country))", .text($0.id), filter.organization == $0.id) })
        case .country:
            let countries = Set(agenda.goals.flatMap(\.countries) + agenda.organizations.map(\.country)).sorted()
            return (.filterCountry, countries.map { ($0, .text($0), filter.country == $0) })
        case .reviewed:
            return (.filterNotReviewedSince, [])
        case .health:
            return (.fieldHealth, Health.known.map { (Labels.health($0, strings), .health($0), filter.health == $0) })
        case .translation:
            return (.filterNeedsTranslation, translationLanguages(agenda, reader: strings.language.rawValue).map {
                (Labels.languageName($0, strings) + " (\($0))", .text($0), filter.needsTranslation == $0)
            })
        }
    }

    /// The languages a translation can be asked in: the reader's first (unless it is the agenda's own),
    /// those the agenda is translated into, then the network's common ones.
    static func translationLanguages(_ agenda: Agenda, reader: String) -> [String] {
        var languages = agenda.translationLanguages
        for language in [reader] + Labels.commonLanguages where !languages.contains(language) {
            languages.append(language)
        }
        languages = languages.filter { language in agenda.language.map { !LanguageTag.sameLanguage($0, language) } ?? true }
        if let readerFirst = languages.firstIndex(of: reader) { languages.insert(languages.remove(at: readerFirst), at: 0) }
        return languages
    }

    /// The sort orders, the current one marked.
    static func sortMenu(_ screen: AgendaScreen, _ strings: Strings) -> MenuState {
        let labels: [(GoalSort, Text)] = [(.file, .sortFile), (.due, .sortDue), (.progress, .sortProgress),
                                          (.status, .sortStatus), (.title, .sortTitle)]
        let items = labels.map { MenuItem(label: strings[$0.1], isCurrent: screen.goals.sort == $0.0) }
        return MenuState(title: strings[.sortMenuTitle], items: items, purpose: .goals(.sort(labels.map(\.0))))
    }
}
