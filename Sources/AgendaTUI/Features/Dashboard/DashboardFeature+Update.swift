import AgendaLocalization
import AgendaModel
import Foundation
import TerminalWidgets

extension Reducer {
    /// The dashboard: moving among the figure lines, following a figure to its goals, writing a report.
    static func handleDashboard(_ action: Action?, _ screen: inout AgendaScreen, _ state: inout AppState) -> [Effect] {
        let theme = Theme(hasColor: state.hasColor)
        let width = state.size.width - 2
        let lines = DashboardLines.build(screen.document.agenda, state, theme, width: width)
        let selectable = lines.indices.filter { !lines[$0].targets.isEmpty }
        let page = max(1, ScreenLayout(size: state.size).body.height / 2)
        if move(&screen.dashboard.selection, action, count: selectable.count, page: page) {
            // Keep the selected line in view.
            let height = ScreenLayout(size: state.size).hints.y - ScreenLayout(size: state.size).list.y
            let line = selectable[screen.dashboard.selection]
            if line < screen.dashboard.scroll { screen.dashboard.scroll = max(0, line - 1) }
            if line >= screen.dashboard.scroll + height { screen.dashboard.scroll = line - height + 1 }
            return []
        }
        switch action {
        case .showFigure:
            guard selectable.indices.contains(screen.dashboard.selection) else { return [] }
            let targets = lines[selectable[screen.dashboard.selection]].targets
            if targets.count == 1 {
                showGoals(targets[0], &screen)
            } else {
                // Figures about one area or organization are listed under its name, so the menu stays narrow.
                let subject = targets.first?.subject
                let shared = subject != nil && targets.allSatisfy { $0.subject == subject }
                let items = targets.enumerated().map {
                    MenuItem(label: shared ? $0.element.figure : $0.element.label, value: String($0.offset))
                }
                let title = shared ? state.strings[.menuFigures] + " · " + (subject ?? "") : state.strings[.menuFigures]
                state.overlay = .menu(MenuState(title: title, items: items, purpose: .figure(targets)))
            }
        case .writeReport:
            let items = [MenuItem(label: state.strings[.reportMarkdown], value: "md"),
                         MenuItem(label: state.strings[.reportHTML], value: "html"),
                         MenuItem(label: state.strings[.reportCSV], value: "csv")]
            state.overlay = .menu(MenuState(title: state.strings[.menuReportFormat], items: items, purpose: .reportFormat))
        case .picker:
            return [.list(folder: folder(of: screen.document.path))]
        default:
            break
        }
        return []
    }

    /// The goals view, showing only the goals behind a figure.
    static func showGoals(_ target: FigureTarget, _ screen: inout AgendaScreen) {
        screen.goals.filter = GoalFilter(goals: Set(target.goals), goalsLabel: target.label)
        screen.goals.search = TextField()
        screen.goals.sort = .file
        screen.view = .goals
        refreshRows(&screen)
    }

    /// The activity view: moving, following a change to its goal, filtering.
    static func handleActivity(_ action: Action?, _ screen: inout AgendaScreen, _ state: inout AppState) -> [Effect] {
        let entries = Activity(screen.document.agenda, filter: screen.activity.filter).entries
        let height = ScreenLayout(size: state.size).hints.y - ScreenLayout(size: state.size).list.y - 1
        if move(&screen.activity.selection, action, count: entries.count, page: height) {
            screen.activity.viewport.reveal(screen.activity.selection, height: height, count: entries.count)
            return []
        }
        let strings = state.strings
        switch action {
        case .showFigure:
            guard entries.indices.contains(screen.activity.selection) else { return [] }
            let entry = entries[screen.activity.selection]
            showGoals(FigureTarget(label: entry.goal, goals: [entry.goal]), &screen)
        case .activityFilter:
            let filter = screen.activity.filter
            let agenda = screen.document.agenda
            let any = strings[.filterAny]
            let items = [
                MenuItem(label: strings[.columnDate] + ": " + (filter.since.map { DateText.day($0, strings.language) } ?? any), value: "since"),
                MenuItem(label: strings[.activityPerson] + ": " + (filter.person ?? any), value: "person"),
                MenuItem(label: strings[.filterOrganization] + ": " + (filter.organization.flatMap { agenda.organization($0)?.name } ?? any),
                         value: "organization"),
                MenuItem(label: strings[.filterArea] + ": " + (filter.area.flatMap { agenda.area($0)?.name } ?? any), value: "area"),
            ]
            state.overlay = .menu(MenuState(title: strings[.activityFilterTitle], items: items, purpose: .activityFields))
        case .clearFilters:
            screen.activity.filter = Activity.Filter()
            screen.activity.selection = 0
            screen.activity.viewport = ListViewport()
        default:
            break
        }
        return []
    }

    /// The values of one activity criterion, "any" first.
    static func activityValuesMenu(_ field: String, _ screen: AgendaScreen, _ strings: Strings) -> MenuState {
        let agenda = screen.document.agenda
        var items = [MenuItem(label: strings[.filterAny], value: "")]
        switch field {
        case "person": items += Activity.people(agenda).map { MenuItem(label: $0, value: $0, isCurrent: screen.activity.filter.person == $0) }
        case "organization":
            items += agenda.organizations.map { MenuItem(label: $0.name, value: $0.id, isCurrent: screen.activity.filter.organization == $0.id) }
        default:
            items += agenda.areas.map { MenuItem(label: $0.name, value: $0.id, isCurrent: screen.activity.filter.area == $0.id) }
        }
        return MenuState(title: strings[.activityFilterTitle], items: items, purpose: .activityValues(field), searchable: items.count > 12)
    }
}
