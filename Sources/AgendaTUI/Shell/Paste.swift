import AgendaLocalization
import TerminalWidgets

extension Reducer {
    /// Pasted text goes into the text being edited, whole: the search line, a menu's filter, a prompt,
    /// or the form's focused field. A one-line field takes line breaks as spaces; notes and
    /// descriptions keep them. Where nothing is being typed the paste is refused, so pasted text never
    /// runs as keys.
    static func paste(_ text: String, _ state: inout AppState) -> [Effect] {
        guard !text.isEmpty else { return [] }
        switch state.overlay {
        case .menu(var menu):
            guard var filter = menu.filter else { return refusePaste(&state) }
            filter.insert(oneLine(text))
            menu.filter = filter
            menu.applyFilter()
            state.overlay = .menu(menu)
            return []
        case .prompt(var prompt):
            // Notes take several lines; other prompts answer with Enter, so they take one.
            prompt.text.insert(state.keyContext == .note ? text : oneLine(text))
            if prompt.completesPeople, case .agenda(let screen) = state.screen {
                prompt.suggestions = nameSuggestions(prompt, screen.document.agenda)
            }
            state.overlay = .prompt(prompt)
            return []
        case .help, .confirm, .conflicts:
            return refusePaste(&state)
        case nil:
            break
        }
        guard case .agenda(var screen) = state.screen else { return refusePaste(&state) }
        if var form = screen.form, form.fields.indices.contains(form.focus) {
            switch form.fields[form.focus].kind {
            case .text(var field):
                field.insert(oneLine(text))
                form.fields[form.focus].kind = .text(field)
                form.fields[form.focus].problem = nil
            case .multiline(var area):
                area.insert(text)
                form.fields[form.focus].kind = .multiline(area)
            case .choice, .multi:
                return refusePaste(&state)
            }
            screen.form = form
            state.screen = .agenda(screen)
            return []
        }
        if screen.view == .goals, screen.goals.isSearching {
            screen.goals.search.insert(oneLine(text))
            refreshRows(&screen)
            let height = ScreenLayout(size: state.size).listBody.height
            screen.goals.viewport.reveal(screen.goals.selection, height: height, count: screen.goals.rows.count)
            state.screen = .agenda(screen)
            return []
        }
        return refusePaste(&state)
    }

    /// The text as one line: line breaks at its ends dropped, those inside as spaces.
    static func oneLine(_ text: String) -> String {
        let inner = text.drop { $0.isNewline }.reversed().drop { $0.isNewline }.reversed()
        return String(inner.map { $0.isNewline ? " " : $0 })
    }

    private static func refusePaste(_ state: inout AppState) -> [Effect] {
        state.message = state.strings[.messagePasteNowhere]
        return []
    }
}
