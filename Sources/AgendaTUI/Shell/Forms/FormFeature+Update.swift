import AgendaLocalization
import AgendaModel
import TerminalWidgets

extension FormFeature {
    /// Keys of a form: moving between fields, editing the focused one, saving and cancelling.
    static func update(_ action: Action?, _ key: Key, _ screen: inout AgendaScreen, _ state: inout ShellState) -> [Effect] {
        guard case .form(var form, let returning) = screen.mode, form.fields.indices.contains(form.focus) else { return [] }
        var effects: [Effect] = []
        switch action {
        case .nextField:
            check(&form, at: form.focus, screen, state)
            form.focus = (form.focus + 1) % form.fields.count
        case .previousField:
            check(&form, at: form.focus, screen, state)
            form.focus = (form.focus + form.fields.count - 1) % form.fields.count
        case .save:
            return save(&form, returning: returning, &screen, &state)
        case .confirmTranslation:
            TranslationsFeature.confirm(&form, &state)
        case .cancel:
            if form.isDirty {
                state.overlay = .confirm(ConfirmState(title: state.strings[.confirmDiscardTitle],
                                                      lines: [state.strings[.confirmDiscardLine]], purpose: .form(.discard)))
            } else {
                screen.mode = returning
                return []
            }
        default:
            effects = editField(key, &form, returning: returning, &screen, &state)
        }
        if case .form = screen.mode { screen.mode = .form(form, returning: returning) }
        return effects
    }

    /// A key for the focused field itself; Enter on the last one-line field saves the form.
    private static func editField(_ key: Key, _ form: inout FormState, returning: Mode, _ screen: inout AgendaScreen,
                                  _ state: inout ShellState) -> [Effect] {
        let index = form.focus
        switch form.fields[index].kind {
        case .text(var field):
            // A long text shows its start until the cursor moves: the first key acts from there, except
            // Ctrl-U, which still clears the whole text as it does in a field that fits.
            if !form.typedInFocus, key != .control("u") {
                field = field.showingStart(width: FormView.textWidth(form, state.strings, state.layout))
            }
            switch key {
            case .enter:
                check(&form, at: index, screen, state)
                if index == form.fields.count - 1 { return save(&form, returning: returning, &screen, &state) }
                form.focus += 1
            case .up, .down:
                check(&form, at: index, screen, state)
                form.focus = key == .up ? max(0, index - 1) : min(form.fields.count - 1, index + 1)
            default:
                if form.fields[index].replacesOnType, !form.typedInFocus, case .character = key { field = TextField() }
                form.typedInFocus = true
                if field.handle(key) == .edited {
                    form.fields[index].kind = .text(field)
                    // Days and numbers are checked as they are typed, once there is enough to judge.
                    form.fields[index].problem = checksAsTyped(form.fields[index]) ? problem(form.fields[index], form, screen, state) : nil
                }
                form.fields[index].kind = .text(field)
            }
        case .multiline(var area):
            area.handle(key, width: state.layout.formTextWidth)
            form.fields[index].kind = .multiline(area)
        case .translation(var field):
            field.area.handle(key, width: FormView.translationColumns(form, state.strings, state.layout).editor)
            form.fields[index].kind = .translation(field)
        case .choice(let options, let value):
            editChoice(key, options: options, value: value, &form, state: &state)
        case .multi(let options, let values):
            editTicks(key, options: options, values: values, &form, state: &state)
        }
        return []
    }

    /// A key on a field that takes one value: Enter or Space opens its menu, ←/→ go through its values.
    private static func editChoice(_ key: Key, options: [FormOption], value: String, _ form: inout FormState,
                                   state: inout ShellState) {
        let index = form.focus
        switch key {
        case .enter, .character(" "):
            let items = options.map { MenuItem(label: $0.label, isCurrent: $0.value == value, keywords: $0.keywords) }
            state.overlay = .menu(MenuState(title: state.strings[form.fields[index].label], items: items,
                                            purpose: .form(.choice(field: index)), searchable: true))
        case .left, .right:
            guard let current = options.firstIndex(where: { $0.value == value }) ?? options.indices.first else { break }
            let next = (current + (key == .right ? 1 : options.count - 1)) % options.count
            form.fields[index].kind = .choice(options: options, value: options[next].value)
        case .up, .down:
            form.focus = key == .up ? max(0, index - 1) : min(form.fields.count - 1, index + 1)
        default:
            break
        }
    }

    /// A key on a field that takes several values: Enter or Space opens its tick list.
    private static func editTicks(_ key: Key, options: [FormOption], values: [String], _ form: inout FormState,
                                  state: inout ShellState) {
        let index = form.focus
        switch key {
        case .enter, .character(" "):
            // The values the field holds that its options lack (names typed before) are offered too.
            let offered = options + values.filter { value in !options.contains { $0.value == value } }.map { FormOption($0) }
            let items = offered.map { MenuItem(label: $0.label, isCurrent: values.contains($0.value), keywords: $0.keywords) }
            var menu = MenuState(title: state.strings[form.fields[index].label], items: items,
                                 purpose: .form(.ticks(field: index, options: offered)), searchable: true,
                                 choosing: .ticks)
            menu.list.selection = 0
            menu.addsNames = form.fields[index].addsNames
            state.overlay = .menu(menu)
        case .up, .down:
            form.focus = key == .up ? max(0, index - 1) : min(form.fields.count - 1, index + 1)
        default:
            break
        }
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
    private static func check(_ form: inout FormState, at index: Int, _ screen: AgendaScreen, _ state: ShellState) {
        form.fields[index].problem = problem(form.fields[index], form, screen, state)
    }

    private static func problem(_ field: FormField, _ form: FormState, _ screen: AgendaScreen, _ state: ShellState) -> String? {
        form.purpose.owner.problem(field, in: form, screen, state)
    }

    /// Saves the form: refused while a field has a problem (the form keeps what was typed), else its
    /// changes become edits and the form closes.
    private static func save(_ form: inout FormState, returning: Mode, _ screen: inout AgendaScreen,
                             _ state: inout ShellState) -> [Effect] {
        for index in form.fields.indices {
            form.fields[index].problem = problem(form.fields[index], form, screen, state)
        }
        if let first = form.fields.firstIndex(where: { $0.problem != nil }) {
            form.focus = first
            state.message = state.strings[.messageFixFields]
            screen.mode = .form(form, returning: returning)
            return []
        }
        let owner = form.purpose.owner
        let edits = owner.edits(form, screen, state)
        guard !edits.isEmpty else {
            screen.mode = returning
            return []
        }
        // A refused edit keeps the form open, with what was typed, and says why.
        guard let effects = Editing.apply(edits, &screen, &state) else {
            screen.mode = .form(form, returning: returning)
            return []
        }
        screen.mode = returning
        owner.saved(edits, &screen, &state)
        return effects
    }
}
