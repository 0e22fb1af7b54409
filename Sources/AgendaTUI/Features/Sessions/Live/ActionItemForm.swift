import AgendaLocalization
import AgendaModel
import TerminalWidgets

/// An action item agreed in a live session: it becomes a goal (under the item's goal, else in the first
/// area), linked back to the session and item.
enum ActionItemForm {
    static func make(session: String, item: String, _ agenda: Agenda, _ strings: Strings) -> FormState {
        var seen: Set<String> = []
        let owners = (agenda.goals.flatMap(\.owners) + agenda.people.map(\.name)).filter { seen.insert($0).inserted }
            .sorted { TextFolding.fold($0) < TextFolding.fold($1) }
        return FormState(purpose: .live(.actionItem(session: session, item: item)), title: strings[.actionItemTitle], fields: [
            FormField("title", .fieldTitle, .text(TextField())),
            FormField("owners", .detailOwners, .multi(options: owners.map { FormOption($0) }, values: [])),
            FormField.date("due", .detailDue, nil),
        ])
    }

    static func problem(_ field: FormField, _ strings: Strings) -> String? {
        let text = field.text.trimmingWhitespace
        switch field.name {
        case "title": return text.isEmpty ? strings[.problemEmpty] : nil
        case "due": return text.isEmpty || DateReading.day(text, strings.language) != nil ? nil : strings[.problemDate]
        default: return nil
        }
    }

    /// The new goal and its link to the session's item.
    static func edits(_ form: FormState, session id: String, item itemID: String, _ agenda: Agenda, _ state: ShellState) -> [Edit] {
        guard let session = agenda.session(id), let item = session.items.first(where: { $0.id == itemID }) else { return [] }
        var generator = GoalIDGenerator()
        let goalID = generator.next(avoiding: Set(agenda.goals.map(\.id)))
        // Under the item's goal when it has one; else in the first area.
        let parent = item.goal.flatMap { agenda.goal($0) }
        let area = parent?.area ?? agenda.areas.first?.id ?? ""
        let goal = Goal(id: goalID, title: form.text("title"), area: area, owners: form.field("owners")?.list ?? [],
                        status: .active, due: DateReading.day(form.text("due"), state.strings.language), parent: parent?.id, createdAt: state.now,
                        source: state.strings.format(.actionSource, session.title, session.date.description),
                        origin: GoalOrigin(session: id, item: itemID))
        return [.createGoal(goal), .changeSession(id: id, .addAction(item: itemID, goal: goalID))]
    }
}
