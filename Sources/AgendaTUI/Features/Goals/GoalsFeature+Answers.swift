import AgendaLocalization
import AgendaModel
import TerminalWidgets

extension GoalsFeature.Purpose: FeaturePurpose {
    func answer(_ answer: Answer, _ screen: inout AgendaScreen, _ state: inout ShellState) -> [Effect]? {
        switch (self, answer) {
        case (.filterFields, .chosen(let index)):
            GoalsFeature.chooseCriterion(GoalsFeature.filterFields[index], &screen, &state)
        case (.filterValues, .dismissed):
            // Closing a criterion's values goes back to the criteria.
            state.overlay = .menu(GoalsFeature.filterFieldsMenu(screen, state.strings))
        case (.filterValues(let field, let values), .chosen(let index)):
            GoalsFeature.filter(field, by: values[index], &screen, state)
        case (.sort(let orders), .chosen(let index)):
            screen.goals.sort = orders[index]
            GoalsFeature.showRows(&screen, state)
        case (.notReviewedSince, .text(let text)):
            // An empty answer drops the criterion; a day must be a real one.
            guard let day = GoalsFeature.day(text, &state) else { return nil }
            screen.goals.filter.notReviewedSince = day
            GoalsFeature.showRows(&screen, state)
        case (.status(let goal, let statuses), .chosen(let index)):
            return Editing.commit([.setGoal(id: goal, .status(statuses[index]))], &screen, &state)
        case (.move(let goal, let places), .chosen(let index)):
            let edit: Edit = switch places[index] {
            case .area(let area): .moveGoal(id: goal, parent: nil, area: area)
            case .goal(let parent): .moveGoal(id: goal, parent: parent, area: nil)
            }
            let effects = Editing.commit([edit], &screen, &state)
            GoalsFeature.refreshRows(&screen, keeping: "goal:" + goal)
            return effects
        case (.newGoal(let area, let parent), .text(let text)):
            return GoalsFeature.create(title: text.trimmingWhitespace, area: area, parent: parent, &screen, &state)
        case (.note(let goal), .text(let text)):
            return Editing.commit([.addNote(goal: goal, text: text.trimmingWhitespace)], &screen, &state)
        case (.delete(let goal), .confirmed):
            return Editing.commit([.deleteGoal(id: goal)], &screen, &state)
        default:
            break
        }
        return []
    }

    func problem(_ field: FormField, in form: FormState, _ screen: AgendaScreen, _ state: ShellState) -> String? {
        guard case .edit = self else { return nil }
        return GoalForm.problem(field, state.strings)
    }

    func edits(_ form: FormState, _ screen: AgendaScreen, _ state: ShellState) -> [Edit] {
        switch self {
        case .edit(let id):
            guard let goal = screen.agenda.goal(id) else { return [] }
            return GoalForm.edits(form, goal: goal, state.strings.language)
        case .review(let goal):
            return [ReviewForm.edit(form, goal: goal, state)]
        default:
            return []
        }
    }

    func saved(_ edits: [Edit], _ screen: inout AgendaScreen, _ state: inout ShellState) {
        if case .review(let goal) = self, case .addReview(let review)? = edits.first {
            state.message = state.strings.format(.messageReviewed, goal, Labels.health(review.health, state.strings))
        }
    }
}

extension GoalsFeature {
    /// A criterion chosen in the filter menu: its values, or for "not reviewed since", a day to type.
    static func chooseCriterion(_ field: FilterField, _ screen: inout AgendaScreen, _ state: inout ShellState) {
        guard field == .reviewed else {
            state.overlay = .menu(filterValuesMenu(field, screen, state.strings))
            return
        }
        // A day, typed; it starts at the dashboard's: thirty days ago.
        let day = screen.goals.filter.notReviewedSince ?? state.today.adding(days: -30)
        state.overlay = .prompt(PromptState(title: state.strings[.promptNotReviewedSince], purpose: .goals(.notReviewedSince),
                                            text: day.description, hint: .filter, replacesOnType: true,
                                            acceptsEmpty: true))
    }

    /// Filters by a criterion's value (nil: any).
    static func filter(_ field: FilterField, by value: FilterValue?, _ screen: inout AgendaScreen, _ state: ShellState) {
        var text: String?
        if case .text(let chosen)? = value { text = chosen }
        switch (field, value) {
        case (.status, .status(let status)?): screen.goals.filter.statuses = [status]
        case (.status, _): screen.goals.filter.statuses = []
        case (.health, .health(let health)?): screen.goals.filter.health = health
        case (.health, _): screen.goals.filter.health = nil
        case (.area, _): screen.goals.filter.area = text
        case (.owner, _): screen.goals.filter.owner = text
        case (.organization, _): screen.goals.filter.organization = text
        case (.country, _): screen.goals.filter.country = text
        case (.translation, _): screen.goals.filter.needsTranslation = text
        case (.reviewed, _): break
        }
        showRows(&screen, state)
    }

    /// The rows again after the filters or the sort changed, the selection in view.
    static func showRows(_ screen: inout AgendaScreen, _ state: ShellState) {
        refreshRows(&screen)
        screen.goals.list.reveal(height: state.layout.listBody.height, count: screen.goals.rows.count)
    }

    /// A day typed as a filter's answer: nil refuses it (the status line says why); an empty answer is no day.
    static func day(_ text: String, _ state: inout ShellState) -> Day?? {
        let trimmed = text.trimmingWhitespace
        if trimmed.isEmpty { return .some(nil) }
        guard let day = DateReading.day(trimmed, state.strings.language) else {
            state.message = state.strings[.problemDate]
            return nil
        }
        return .some(day)
    }

    /// A new goal with a title, in an area under a parent: shown and selected, what hides it unfolded.
    static func create(title: String, area: String, parent: String?, _ screen: inout AgendaScreen,
                       _ state: inout ShellState) -> [Effect] {
        var generator = GoalIDGenerator()
        let id = generator.next(avoiding: Set(screen.document.index.goalByID.keys))
        let goal = Goal(id: id, title: title, area: area, parent: parent, createdAt: state.now)
        guard let effects = Editing.apply([.createGoal(goal)], &screen, &state) else { return [] }
        screen.goals.folded.remove("area:" + area)
        if let parent { screen.goals.folded.remove(parent) }
        screen.goals.keptInView.insert(id)
        refreshRows(&screen, keeping: "goal:" + id)
        screen.goals.list.reveal(height: state.layout.listBody.height, count: screen.goals.rows.count)
        state.message = state.strings.format(.messageAdded, id)
        return effects
    }
}
