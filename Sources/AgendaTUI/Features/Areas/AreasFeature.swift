import AgendaLocalization
import AgendaModel
import TerminalWidgets

/// The areas of the agenda, edited where they show: on an area's row of the goals view, `e` edits its
/// name and description, `m` moves it among the areas, `d` removes it (its goals moved to another area
/// first), and `A` anywhere in the view adds one.
public enum AreasFeature {
    /// The questions asked about areas.
    public enum Purpose: Equatable, Sendable {
        /// The area editor, on an area (by id) or a new one.
        case edit(area: String?)
        /// Where an area goes among the areas, from the positions offered.
        case position(area: String, [Int])
        /// Removing an area with no goals.
        case remove(area: String)
        /// The area the goals of an area being removed go to, from those offered; then it is removed.
        case goalsTo(area: String, [String])
    }

    /// Answers the keys that act on areas in the goals view: nil for the others, and for those keys on a
    /// goal's row.
    static func update(_ action: Action?, _ screen: inout AgendaScreen, _ state: inout ShellState) -> [Effect]? {
        if action == .newArea {
            screen.open(AreaForm.make(nil, state.strings))
            return []
        }
        guard case .area(let id, _, _)? = screen.goals.selectedRow, let area = screen.agenda.area(id) else { return nil }
        switch action {
        case .edit:
            screen.open(AreaForm.make(area, state.strings))
        case .move:
            state.overlay = .menu(positionMenu(area, screen.agenda, state.strings))
        case .delete:
            askRemove(area, screen, &state)
        case .translate:
            TranslationsFeature.open([.area(area.id, field: "name"), .area(area.id, field: "description")], name: area.name,
                                     &screen, &state)
        default:
            return nil
        }
        return []
    }

    /// The places an area can go: first, or after each other area.
    static func positionMenu(_ area: Area, _ agenda: Agenda, _ strings: Strings) -> MenuState {
        let current = agenda.areas.firstIndex { $0.id == area.id } ?? 0
        var items = [MenuItem(label: strings[.areaPositionFirst], isCurrent: current == 0)]
        var positions = [0]
        for (index, other) in agenda.areas.enumerated() where other.id != area.id {
            items.append(MenuItem(label: strings.format(.areaPositionAfter, other.name), isCurrent: index == current - 1))
            // After the area at `index`: where it lands once this one is taken out of the list.
            positions.append(index < current ? index + 1 : index)
        }
        return MenuState(title: strings.format(.menuAreaPosition, area.name), items: items,
                         purpose: .areas(.position(area: area.id, positions)), searchable: true)
    }

    /// Asks before removing an area: a confirmation when it has no goals, else the area its goals go to.
    private static func askRemove(_ area: Area, _ screen: AgendaScreen, _ state: inout ShellState) {
        let strings = state.strings
        let goals = screen.agenda.goals.filter { $0.area == area.id }
        guard !goals.isEmpty else {
            state.overlay = .confirm(ConfirmState(title: strings[.confirmRemoveAreaTitle], lines: [area.name],
                                                  purpose: .areas(.remove(area: area.id))))
            return
        }
        let others = screen.agenda.areas.filter { $0.id != area.id }
        guard !others.isEmpty else {
            state.message = strings[.messageNoOtherArea]
            return
        }
        state.overlay = .menu(MenuState(title: strings.format(.menuAreaGoalsTo, goals.count),
                                        items: others.map { MenuItem(label: $0.name) },
                                        purpose: .areas(.goalsTo(area: area.id, others.map(\.id))), searchable: true))
    }

    /// The edits that move an area's goals to another area and remove it: each goal at the top of the
    /// area moves with its sub-goals.
    static func removing(_ area: String, goalsTo target: String, _ agenda: Agenda) -> [Edit] {
        let inArea = Set(agenda.goals.filter { $0.area == area }.map(\.id))
        let tops = agenda.goals.filter { $0.area == area && !($0.parent.map(inArea.contains) ?? false) }
        return tops.map { .moveGoal(id: $0.id, parent: nil, area: target) } + [.removeArea(id: area)]
    }
}
