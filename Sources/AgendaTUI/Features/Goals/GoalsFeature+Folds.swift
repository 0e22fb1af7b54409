import AgendaModel

extension GoalsFeature {
    /// Folding and unfolding: Space and ←/→ on the selected area or goal, `z` and `Z` for all.
    static func fold(_ action: Action, _ screen: inout AgendaScreen) {
        let folded = screen.goals.folded
        let agenda = screen.agenda
        switch (action, screen.goals.selectedRow) {
        case (.toggleFold, .area(let id, _, _)?):
            toggleFold(&screen, "area:" + id)
        case (.toggleFold, .goal(let index, _, true, _)?):
            toggleFold(&screen, agenda.goals[index].id)
        case (.unfold, .area(let id, _, _)?) where folded.contains("area:" + id):
            toggleFold(&screen, "area:" + id)
        case (.unfold, .goal(let index, _, true, _)?) where folded.contains(agenda.goals[index].id):
            toggleFold(&screen, agenda.goals[index].id)
        case (.foldOrParent, .area(let id, _, _)?) where !folded.contains("area:" + id):
            toggleFold(&screen, "area:" + id)
        case (.foldOrParent, .goal(let index, _, let hasChildren, _)?):
            // Fold what is open; on something folded or without sub-goals, go to its parent (or area).
            let goal = agenda.goals[index]
            if hasChildren, !folded.contains(goal.id) {
                toggleFold(&screen, goal.id)
            } else {
                let key = goal.parent.map { "goal:" + $0 } ?? "area:" + goal.area
                if let row = screen.goals.rows.firstIndex(where: { rowKey($0, agenda) == key }) {
                    screen.goals.selection = row
                }
            }
        case (.foldAll, let row):
            // Fold every area, keeping the selection on the area of what was selected.
            var area: String?
            switch row {
            case .area(let id, _, _)?: area = id
            case .goal(let index, _, _, _)?: area = agenda.goals[index].area
            case nil: break
            }
            screen.goals.folded = Set(screen.document.index.areaOrder.map { "area:" + $0 })
            refreshRows(&screen, keeping: area.map { "area:" + $0 })
        case (.unfoldAll, _):
            screen.goals.folded = []
            refreshRows(&screen)
        default:
            break
        }
    }

    /// Folds or unfolds an area (`area:ID`) or a goal (its id), keeping the selection on its row.
    static func toggleFold(_ screen: inout AgendaScreen, _ key: String) {
        if screen.goals.folded.contains(key) {
            screen.goals.folded.remove(key)
        } else {
            screen.goals.folded.insert(key)
        }
        refreshRows(&screen)
    }
}
