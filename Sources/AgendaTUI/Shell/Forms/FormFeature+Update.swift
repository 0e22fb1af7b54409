import AgendaLocalization
import AgendaModel
import TerminalWidgets

extension Reducer {
    /// Keys of a form: moving between fields, editing the focused one, saving and cancelling.
    static func handleForm(_ action: Action?, key: Key, _ screen: inout AgendaScreen, _ state: inout AppState) -> [Effect] {
        guard var form = screen.form, form.fields.indices.contains(form.focus) else { return [] }
        defer { if screen.form != nil { screen.form = form } }
        switch action {
        case .nextField:
            check(&form, at: form.focus, screen, state)
            form.focus = (form.focus + 1) % form.fields.count
        case .previousField:
            check(&form, at: form.focus, screen, state)
            form.focus = (form.focus + form.fields.count - 1) % form.fields.count
        case .save:
            return saveForm(&form, &screen, &state)
        case .cancel:
            if form.isDirty {
                state.overlay = .confirm(ConfirmState(title: state.strings[.confirmDiscardTitle],
                                                      lines: [state.strings[.confirmDiscardLine]], purpose: .discardForm))
            } else {
                screen.form = nil
            }
        default:
            return editField(key, &form, &screen, &state)
        }
        return []
    }

    /// A key for the focused field itself.
    private static func editField(_ key: Key, _ form: inout FormState, _ screen: inout AgendaScreen,
                                  _ state: inout AppState) -> [Effect] {
        let index = form.focus
        let isLast = index == form.fields.count - 1
        switch form.fields[index].kind {
        case .text(var field):
            switch key {
            case .enter:
                check(&form, at: index, screen, state)
                if isLast { return saveForm(&form, &screen, &state) }
                form.focus += 1
            case .up:
                check(&form, at: index, screen, state)
                form.focus = max(0, index - 1)
            case .down:
                check(&form, at: index, screen, state)
                form.focus = min(form.fields.count - 1, index + 1)
            default:
                if field.handle(key) == .edited {
                    form.fields[index].kind = .text(field)
                    // Days and numbers are checked as they are typed, once there is enough to judge.
                    form.fields[index].problem = checksAsTyped(form.fields[index])
                        ? problem(form.fields[index], form, screen, state) : nil
                }
                form.fields[index].kind = .text(field)
            }
        case .multiline(var area):
            area.handle(key, width: FormView.textWidth(state.size))
            form.fields[index].kind = .multiline(area)
        case .choice(let options, let value):
            switch key {
            case .enter, .character(" "):
                let items = options.map { MenuItem(label: $0.label, value: $0.value, isCurrent: $0.value == value) }
                state.overlay = .menu(MenuState(title: state.strings[form.fields[index].label], items: items,
                                                purpose: .formChoice(field: index), searchable: items.count > 12))
            case .left, .right:
                guard let current = options.firstIndex(where: { $0.value == value }) ?? options.indices.first else { break }
                let next = (current + (key == .right ? 1 : options.count - 1)) % options.count
                form.fields[index].kind = .choice(options: options, value: options[next].value)
            case .up:
                form.focus = max(0, index - 1)
            case .down:
                form.focus = min(form.fields.count - 1, index + 1)
            default:
                break
            }
        case .multi(let options, let values, _):
            switch key {
            case .enter, .character(" "):
                var items = options.map { MenuItem(label: $0.label, value: $0.value, isCurrent: values.contains($0.value)) }
                for value in values where !options.contains(where: { $0.value == value }) {
                    items.append(MenuItem(label: value, value: value, isCurrent: true))
                }
                var menu = MenuState(title: state.strings[form.fields[index].label], items: items,
                                     purpose: .formMulti(field: index), searchable: true)
                menu.selection = 0
                state.overlay = .menu(menu)
            case .up:
                form.focus = max(0, index - 1)
            case .down:
                form.focus = min(form.fields.count - 1, index + 1)
            default:
                break
            }
        }
        return []
    }

    /// Whether a field's text can be judged while it is typed: a number at once; a day once it has its ten
    /// characters, or a character no day has.
    static func checksAsTyped(_ field: FormField) -> Bool {
        let text = field.text.trimmingWhitespace
        guard !text.isEmpty else { return false }
        switch field.name {
        case "progress", "for", "against", "abstain":
            return true
        case "due", "date":
            return text.count >= 10 || text.contains { !("0"..."9").contains($0) && $0 != "-" }
        default:
            return false
        }
    }

    /// Checks one field and marks its problem.
    private static func check(_ form: inout FormState, at index: Int, _ screen: AgendaScreen, _ state: AppState) {
        form.fields[index].problem = problem(form.fields[index], form, screen, state)
    }

    private static func problem(_ field: FormField, _ form: FormState, _ screen: AgendaScreen, _ state: AppState) -> String? {
        switch form.purpose {
        case .goal: GoalForm.problem(field, state.strings)
        case .organization: OrganizationForm.problem(field, state.strings, agenda: screen.document.agenda)
        case .session, .actionItem, .vote: SessionForms.problem(field, form, state.strings)
        case .review: nil
        }
    }

    /// Saves the form: refused while a field has a problem (the form keeps what was typed), else its
    /// changes become edits and the form closes.
    private static func saveForm(_ form: inout FormState, _ screen: inout AgendaScreen, _ state: inout AppState) -> [Effect] {
        for index in form.fields.indices {
            form.fields[index].problem = problem(form.fields[index], form, screen, state)
        }
        if let first = form.fields.firstIndex(where: { $0.problem != nil }) {
            form.focus = first
            state.message = state.strings[.messageFixFields]
            return []
        }
        let agenda = screen.document.agenda
        var edits: [Edit] = []
        switch form.purpose {
        case .goal(let id):
            guard let goal = agenda.goal(id) else {
                state.message = state.strings.format(.messageRefused, EditError.noSuchGoal(id).description)
                return []
            }
            edits = GoalForm.edits(form, goal: goal)
        case .organization(let id):
            let base = id.flatMap { agenda.organization($0) }
            let org = OrganizationForm.organization(form, base: base)
            if base == nil {
                edits = [.addOrganization(org)]
            } else if org != base {
                edits = [.updateOrganization(org)]
            }
        case .session, .actionItem, .vote:
            edits = SessionForms.edits(form, agenda, state)
        case .review(let goal):
            edits = [ReviewForm.edit(form, goal: goal, state)]
        }
        guard !edits.isEmpty else {
            screen.form = nil
            return []
        }
        guard let effects = apply(edits, &screen, &state) else { return [] }
        screen.form = nil
        if case .review(let goal) = form.purpose, case .addReview(let review)? = edits.first {
            state.message = state.strings.format(.messageReviewed, goal, Labels.health(review.health, state.strings))
        }
        return effects
    }
}
