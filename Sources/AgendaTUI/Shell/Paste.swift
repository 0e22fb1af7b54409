import AgendaLocalization
import TerminalWidgets

/// Pasted text goes into the text being edited, whole: the search line, a menu's filter, a prompt, or
/// the form's focused field. A one-line field takes line breaks as spaces; notes and descriptions keep
/// them. Where nothing is being typed the paste is refused, so pasted text never runs as keys.
enum Paste {
    static func handle(_ text: String, _ state: inout AppState) -> [Effect] {
        guard !text.isEmpty else { return [] }
        switch state.overlay {
        case .menu(var menu):
            guard var filter = menu.filter else { return refuse(&state) }
            filter.insert(oneLine(text))
            menu.filter = filter
            menu.applyFilter()
            state.overlay = .menu(menu)
            return []
        case .prompt(var prompt):
            // Notes take several lines; other prompts answer with Enter, so they take one.
            prompt.text.insert(prompt.isMultiline ? text : oneLine(text))
            prompt.suggest()
            state.overlay = .prompt(prompt)
            return []
        case .help, .confirm, .overwritten:
            return refuse(&state)
        case nil:
            break
        }
        guard case .agenda = state.screen, state.agenda != nil else { return refuse(&state) }
        return paste(text, into: &state.agenda!, &state.shell) ? [] : refuse(&state)
    }

    /// Pastes into the open agenda's form or search line; false when neither takes text.
    private static func paste(_ text: String, into screen: inout AgendaScreen, _ state: inout ShellState) -> Bool {
        if case .form(var form, let returning) = screen.mode, form.fields.indices.contains(form.focus) {
            switch form.fields[form.focus].kind {
            case .text(var field):
                field.insert(oneLine(text))
                form.fields[form.focus].kind = .text(field)
                form.fields[form.focus].problem = nil
            case .multiline(var area):
                area.insert(text)
                form.fields[form.focus].kind = .multiline(area)
            case .translation(var field):
                field.area.insert(text)
                form.fields[form.focus].kind = .translation(field)
            case .choice, .multi:
                return false
            }
            screen.mode = .form(form, returning: returning)
            return true
        }
        guard screen.mode == .browsing, screen.view == .goals, screen.goals.isSearching else { return false }
        screen.goals.search.insert(oneLine(text))
        GoalsFeature.refreshRows(&screen)
        screen.goals.list.reveal(height: state.layout.listBody.height, count: screen.goals.rows.count)
        return true
    }

    /// The text as one line: line breaks at its ends dropped, those inside as spaces.
    static func oneLine(_ text: String) -> String {
        let inner = text.drop { $0.isNewline }.reversed().drop { $0.isNewline }.reversed()
        return String(inner.map { $0.isNewline ? " " : $0 })
    }

    private static func refuse(_ state: inout AppState) -> [Effect] {
        state.message = state.strings[.messagePasteNowhere]
        return []
    }
}
