import AgendaLocalization
import AgendaModel
import TerminalWidgets

extension Reducer {
    /// Runs `body` on the open agenda screen, taken out of the state so its arrays are not copied.
    static func withAgenda(_ state: inout AppState, _ body: (inout AgendaScreen, inout AppState) -> [Effect]) -> [Effect] {
        guard case .agenda(var screen) = state.screen else { return [] }
        state.screen = .loading(path: screen.document.path)
        let effects = body(&screen, &state)
        state.screen = .agenda(screen)
        return effects
    }

    /// Keys of the prompt: typing, then Enter (or Ctrl-S for a note) answers and Escape cancels.
    static func handlePrompt(_ action: Action?, key: Key, _ prompt: inout PromptState, _ state: inout AppState) -> [Effect] {
        switch action {
        case .cancel:
            state.overlay = nil
            return []
        case .answer where prompt.purpose == .notReviewedSince:
            // An empty answer drops the criterion; a day must be a real one.
            let text = prompt.text.text.trimmingWhitespace
            let day = Day(text)
            guard text.isEmpty || day != nil else {
                state.message = state.strings[.problemDate]
                return []
            }
            state.overlay = nil
            return withAgenda(&state) { screen, state in
                screen.goals.filter.notReviewedSince = day
                refreshRows(&screen)
                screen.goals.viewport.reveal(screen.goals.selection, height: ScreenLayout(size: state.size).listBody.height,
                                             count: screen.goals.rows.count)
                return []
            }
        case .answer where prompt.purpose == .activitySince:
            // An empty answer shows all the changes; a day must be a real one.
            let text = prompt.text.text.trimmingWhitespace
            let day = Day(text)
            guard text.isEmpty || day != nil else {
                state.message = state.strings[.problemDate]
                return []
            }
            state.overlay = nil
            return withAgenda(&state) { screen, _ in
                screen.activity.filter.since = day
                screen.activity.selection = 0
                screen.activity.viewport = ListViewport()
                return []
            }
        case .answer, .save:
            let text = prompt.text.text.trimmingWhitespace
            guard !text.isEmpty || prompt.acceptsEmpty else {
                state.message = state.strings[.problemEmpty]
                return []
            }
            state.overlay = nil
            return withAgenda(&state) { screen, state in
                switch prompt.purpose {
                case .newGoal(let area, let parent):
                    var generator = GoalIDGenerator()
                    let id = generator.next(avoiding: Set(screen.document.index.goalByID.keys))
                    let goal = Goal(id: id, title: text, area: area, parent: parent, createdAt: state.now)
                    let applied = apply([.createGoal(goal)], &screen, &state)
                    if applied != nil {
                        // Show and select the new goal, unfolding what hides it.
                        screen.goals.folded.remove("area:" + area)
                        if let parent { screen.goals.folded.remove(parent) }
                        refreshRows(&screen, keeping: "goal:" + id)
                        screen.goals.viewport.reveal(screen.goals.selection, height: ScreenLayout(size: state.size).listBody.height,
                                                     count: screen.goals.rows.count)
                        state.message = state.strings.format(.messageAdded, id)
                    }
                    return applied ?? []
                case .note(let goal):
                    return commit([.addNote(goal: goal, text: prompt.text.text.trimmingWhitespace)], &screen, &state)
                case .newSession:
                    return createSession(title: text, &screen, &state)
                case .topic(let id):
                    guard let session = screen.document.agenda.session(id) else { return [] }
                    let item = SessionItem(id: nextItemID(session), topic: text, minutes: 10)
                    let effects = commit([.changeSession(id: id, .addItem(item, at: nil))], &screen, &state)
                    screen.plan?.selection = session.items.count
                    return effects
                case .decision(let id, let item):
                    return commit([.changeSession(id: id, .addDecision(item: item, text: text))], &screen, &state)
                case .itemNotes(let id, let item):
                    return commit([.changeSession(id: id, .setNotes(item: item, text: prompt.text.text))], &screen, &state)
                case .activitySince, .notReviewedSince:
                    return []
                case .presenter(let id, let item):
                    return setPresenter(text, session: id, item: item, &screen, &state)
                case .speaker(let id):
                    // The name, completed from the agenda's people; then the kind of intervention.
                    let agenda = screen.document.agenda
                    let person = agenda.people.first { TextFolding.fold($0.name) == TextFolding.fold(text) }
                    let name = person?.name ?? text
                    let items = InterventionKind.known.map {
                        MenuItem(label: Labels.intervention($0, state.strings), value: $0.rawValue, isCurrent: $0 == .newPoint)
                    }
                    state.overlay = .menu(MenuState(
                        title: state.strings.format(.menuSpeakerKind, name), items: items,
                        purpose: .speakerKind(session: id, name: name, organization: person?.organization,
                                              language: person?.languages.first)))
                    return []
                }
            }
        default:
            if key == .tab, prompt.completesPeople, let first = prompt.suggestions.first {
                // Tab completes the name.
                prompt.text = TextArea(first)
            } else {
                // A proposed text gives way to the first character typed.
                if prompt.replacesOnType, case .character = key { prompt.text = TextArea() }
                prompt.replacesOnType = false
                // Everything else edits the text; in notes Enter breaks the line.
                prompt.text.handle(key, width: PromptView.textWidth(state.size))
            }
            if prompt.completesPeople, case .agenda(let screen) = state.screen {
                prompt.suggestions = nameSuggestions(prompt, screen.document.agenda)
            }
            state.overlay = .prompt(prompt)
            return []
        }
    }

    /// Keys of a yes-or-no question.
    static func handleConfirm(_ action: Action?, _ confirm: ConfirmState, _ state: inout AppState) -> [Effect] {
        switch action {
        case .confirmNo:
            state.overlay = nil
            return []
        case .confirmYes:
            state.overlay = nil
            switch confirm.purpose {
            case .deleteGoal(let id):
                return withAgenda(&state) { screen, state in commit([.deleteGoal(id: id)], &screen, &state) }
            case .removeOrganization(let id):
                return withAgenda(&state) { screen, state in commit([.removeOrganization(id: id)], &screen, &state) }
            case .discardForm:
                return withAgenda(&state) { screen, _ in
                    screen.form = nil
                    return []
                }
            case .quitUnsaved:
                state.isQuitting = true
                return [.quit]
            case .deleteSession(let id):
                return withAgenda(&state) { screen, state in commit([.deleteSession(id: id)], &screen, &state) }
            case .endSession(let id):
                return withAgenda(&state) { screen, state in
                    guard let effects = apply([.changeSession(id: id, .end)], &screen, &state) else { return [] }
                    screen.live = nil
                    // The minutes of the session as the screen has it, saved or still being saved.
                    return effects + [.writeMinutes(path: screen.document.path, session: id, language: state.strings.language,
                                                    agenda: screen.document.agenda)]
                }
            }
        default:
            return []
        }
    }
}
