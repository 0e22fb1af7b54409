import AgendaModel

extension AreasFeature.Purpose: FeaturePurpose {
    func answer(_ answer: Answer, _ screen: inout AgendaScreen, _ state: inout ShellState) -> [Effect]? {
        let effects: [Effect]
        let selected: String
        switch (self, answer) {
        case (.position(let area, let positions), .chosen(let index)):
            effects = Editing.commit([.moveArea(id: area, to: positions[index])], &screen, &state)
            selected = "area:" + area
        case (.remove(let area), .confirmed):
            effects = Editing.commit([.removeArea(id: area)], &screen, &state)
            selected = ""
        case (.goalsTo(let area, let targets), .chosen(let index)):
            effects = Editing.commit(AreasFeature.removing(area, goalsTo: targets[index], screen.agenda), &screen, &state)
            selected = "area:" + targets[index]
        default:
            return []
        }
        GoalsFeature.refreshRows(&screen, keeping: selected.isEmpty ? nil : selected)
        return effects
    }

    func problem(_ field: FormField, in form: FormState, _ screen: AgendaScreen, _ state: ShellState) -> String? {
        guard case .edit(let id) = self else { return nil }
        return AreaForm.problem(field, editing: id, state.strings, agenda: screen.agenda)
    }

    func edits(_ form: FormState, _ screen: AgendaScreen, _ state: ShellState) -> [Edit] {
        guard case .edit(let id) = self else { return [] }
        let base = id.flatMap { screen.agenda.area($0) }
        let area = AreaForm.area(form, base: base, agenda: screen.agenda)
        if base == nil { return [.addArea(area)] }
        return area != base ? [.updateArea(area)] : []
    }

    func saved(_ edits: [Edit], _ screen: inout AgendaScreen, _ state: inout ShellState) {
        guard case .addArea(let area, _)? = edits.first else { return }
        GoalsFeature.refreshRows(&screen, keeping: "area:" + area.id)
    }
}
