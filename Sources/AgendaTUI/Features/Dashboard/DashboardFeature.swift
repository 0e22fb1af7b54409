import AgendaLocalization
import AgendaModel
import TerminalWidgets

/// The dashboard, for reviewers: progress by area, overdue and stale goals, the burn-up, the country by
/// level grid, representation, reviews and organizations; each figure leads to the goals behind it,
/// and `R` writes a report.
public enum DashboardFeature {
    /// The dashboard's questions.
    public enum Purpose: Equatable, Sendable {
        /// Which of a row's figures to follow to its goals.
        case figure([FigureTarget])
        /// The format of a report to write, from those offered.
        case reportFormat([String])
    }

    /// Where the dashboard's rows go: below the status line, to the key-hint bar.
    static func area(_ layout: ScreenLayout) -> Rect {
        Rect(x: 1, y: layout.list.y, width: layout.header.width - 2, height: layout.hints.y - layout.list.y)
    }

    /// Moving among the rows with figures, following a row's figures to their goals, writing a report.
    static func update(_ action: Action?, _ key: Key, _ screen: inout AgendaScreen, _ state: inout ShellState) -> [Effect] {
        let area = area(state.layout)
        let rows = DashboardRows.build(screen.agenda, today: state.today, state.strings, width: area.width)
        let selectable = rows.indices.filter { !rows[$0].targets.isEmpty }
        if let movement = action?.listMovement {
            var list = SelectableList(selection: screen.dashboard.selection)
            guard list.move(movement, count: selectable.count, page: max(1, state.layout.body.height / 2), revealing: false) else {
                return []
            }
            screen.dashboard.selection = list.selection
            // Keep the selected row in view.
            let row = selectable[list.selection]
            if row < screen.dashboard.scroll { screen.dashboard.scroll = max(0, row - 1) }
            if row >= screen.dashboard.scroll + area.height { screen.dashboard.scroll = row - area.height + 1 }
            return []
        }
        switch action {
        case .showFigure:
            guard selectable.indices.contains(screen.dashboard.selection) else { return [] }
            follow(rows[selectable[screen.dashboard.selection]].targets, &screen, &state)
        case .writeReport:
            let formats: [(Text, String)] = [(.reportMarkdown, "md"), (.reportHTML, "html"), (.reportCSV, "csv")]
            state.overlay = .menu(MenuState(title: state.strings[.menuReportFormat], items: formats.map { MenuItem(label: state.strings[$0.0]) },
                                            purpose: .dashboard(.reportFormat(formats.map(\.1)))))
        default:
            break
        }
        return []
    }

    /// A row's figures: one leads straight to its goals; several are offered in a menu.
    private static func follow(_ targets: [FigureTarget], _ screen: inout AgendaScreen, _ state: inout ShellState) {
        if targets.count == 1 {
            showGoals(targets[0], &screen)
            return
        }
        // Figures about one area or organization are listed under its name, so the menu stays narrow.
        let subject = targets.first?.subject
        let shared = subject != nil && targets.allSatisfy { $0.subject == subject }
        let items = targets.map { MenuItem(label: shared ? $0.figure : $0.label) }
        let title = shared ? state.strings[.menuFigures] + " · " + (subject ?? "") : state.strings[.menuFigures]
        state.overlay = .menu(MenuState(title: title, items: items, purpose: .dashboard(.figure(targets))))
    }

    /// The goals view, showing only the goals behind a figure.
    static func showGoals(_ target: FigureTarget, _ screen: inout AgendaScreen) {
        screen.goals.filter = GoalFilter(goals: Set(target.goals), goalsLabel: target.label)
        screen.goals.search = TextField()
        screen.goals.sort = .file
        screen.view = .goals
        GoalsFeature.refreshRows(&screen)
    }
}

extension DashboardFeature.Purpose: FeaturePurpose {
    func answer(_ answer: Answer, _ screen: inout AgendaScreen, _ state: inout ShellState) -> [Effect]? {
        switch (self, answer) {
        case (.figure(let targets), .chosen(let index)):
            DashboardFeature.showGoals(targets[index], &screen)
        case (.reportFormat(let formats), .chosen(let index)):
            return [.writeReport(path: screen.document.path, format: formats[index], language: state.strings.language,
                                 today: state.today, agenda: screen.agenda)]
        default:
            break
        }
        return []
    }
}
