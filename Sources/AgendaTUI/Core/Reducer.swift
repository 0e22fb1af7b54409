import AgendaLocalization
import AgendaModel
import AgendaStore
import TerminalWidgets

/// The interface's one update function: `reduce(&state, message)` changes the state and returns the
/// effects to run. It does no I/O and reads no clock, so a test is a script of messages.
public enum Reducer {
    /// Applies a message to the state.
    public static func reduce(_ state: inout AppState, _ message: Message) -> [Effect] {
        switch message {
        case .input(.resize(let width, let height)):
            state.size = Size(width: width, height: height)
            revealSelections(&state)
            return []
        case .input(.resumed):
            return []
        case .input(.terminate):
            state.isQuitting = true
            return [.quit]
        case .input(.key(let key)):
            state.message = nil
            return handle(key, &state)
        case .input(.mouse(let mouse)):
            return handleMouse(mouse, &state)
        case .input(.paste(let text)):
            state.message = nil
            return paste(text, &state)
        case .loaded(let path, .success(let agenda), let stamp):
            var screen = AgendaScreen(document: Document(path: path, agenda: agenda))
            screen.editing.stamp = stamp
            screen.editing.onDisk = agenda
            screen.goals.pageHeight = ScreenLayout(size: state.size).listBody.height
            refreshRows(&screen)
            if let id = state.openSession, let session = agenda.session(id) {
                screen.view = .sessions
                screen.sessions.selection = agenda.sessionIndex(session.id) ?? 0
                screen.live = LiveState(session: session.id)
                state.openSession = nil
            }
            state.screen = .agenda(screen)
            state.overlay = nil
            // Shown at once; checked right after the first frame.
            return [.check(path: path, agenda)]
        case .checked(let path, let problems):
            // An agenda with problems is not edited: it gives way to the error, as a load that failed.
            guard let problems, case .agenda(let screen) = state.screen, screen.document.path == path else { return [] }
            state.screen = .failed(problems, previous: nil)
            state.overlay = nil
            return []
        case .loaded(_, .failure(let error), _):
            var previous: PickerState?
            if case .picker(let picker, _) = state.screen { previous = picker }
            state.screen = .failed(error, previous: previous)
            return []
        case .listed(let folder, let entries):
            var previous: AgendaScreen?
            if case .agenda(let agenda) = state.screen { previous = agenda }
            var picker = PickerState(folder: folder, entries: entries)
            if let current = previous?.document.path, let index = entries.firstIndex(where: { $0.path == current }) {
                picker.selection = index
            }
            state.screen = .picker(picker, previous: previous)
            revealSelections(&state)
            return []
        case .tick(let now):
            return tick(now, &state)
        case .saved(let path, let result, let count):
            return saved(path, result, count: count, &state)
        case .changedOnDisk(let path, let agenda, let stamp):
            return changedOnDisk(path, agenda, stamp: stamp, &state)
        case .unreadableOnDisk(_, let error):
            state.message = state.strings.format(.messageUnreadable, error.lines.first ?? "")
            return []
        case .minutesWritten(.success(let path)):
            state.message = state.strings.format(.messageMinutesWritten, path)
            return []
        case .minutesWritten(.failure(let error)):
            state.message = state.strings.format(.messageMinutesFailed, error.lines.first ?? "")
            return []
        case .reportWritten(.success(let path)):
            state.message = state.strings.format(.messageReportWritten, path)
            return []
        case .reportWritten(.failure(let error)):
            state.message = state.strings.format(.messageReportFailed, error.lines.first ?? "")
            return []
        }
    }

    /// Dispatches a key: to the open overlay, else to the screen's key map, else to the search line.
    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        let context = state.keyContext
        let action = KeyMaps.action(for: key, in: context)
        if action == .quit {
            // A save is running: quit when it ends, if it leaves nothing unsaved.
            if case .agenda(let screen) = state.screen, screen.editing.saving != nil, context != .confirm {
                state.quitWhenSaved = true
                state.message = state.strings[.messageQuitAfterSave]
                return []
            }
            if case .agenda(let screen) = state.screen, !screen.editing.unsaved.isEmpty, context != .confirm {
                state.overlay = .confirm(ConfirmState(
                    title: state.strings[.confirmQuitTitle],
                    lines: [state.strings.format(.confirmQuitLine, screen.editing.unsaved.count,
                                                 screen.editing.saveProblem ?? "")],
                    purpose: .quitUnsaved))
                return []
            }
            state.isQuitting = true
            return [.quit]
        }
        switch state.overlay {
        case .help(let helpContext, let scroll):
            let last = Renderer.helpMaxScroll(helpContext, state)
            let page = max(1, Renderer.helpArea(state.size).height - 4)
            switch action {
            case .moveUp: state.overlay = .help(helpContext, scroll: max(0, scroll - 1))
            case .moveDown: state.overlay = .help(helpContext, scroll: min(last, scroll + 1))
            case .pageUp: state.overlay = .help(helpContext, scroll: max(0, scroll - page))
            case .pageDown: state.overlay = .help(helpContext, scroll: min(last, scroll + page))
            case .top: state.overlay = .help(helpContext, scroll: 0)
            case .bottom: state.overlay = .help(helpContext, scroll: last)
            case .back: state.overlay = nil
            default: break
            }
            return []
        case .menu(var menu):
            return handleMenu(action, key: key, &menu, &state)
        case .prompt(var prompt):
            return handlePrompt(action, key: key, &prompt, &state)
        case .confirm(let confirm):
            return handleConfirm(action, confirm, &state)
        case .conflicts:
            if action == .back { state.overlay = nil }
            return []
        case nil:
            break
        }
        if action == .help {
            state.overlay = .help(context, scroll: 0)
            return []
        }
        switch state.screen {
        case .loading:
            return []
        case .failed(_, let previous):
            if action == .back, let previous {
                state.screen = .picker(previous, previous: nil)
            }
            return []
        case .picker(var picker, let previous):
            let effects = handlePicker(action, &picker, previous: previous, &state)
            if case .picker = state.screen { state.screen = .picker(picker, previous: previous) }
            return effects
        case .agenda(var screen):
            // Take the screen out of the state while it changes, so its arrays are not copied on write.
            state.screen = .loading(path: screen.document.path)
            defer { state.screen = .agenda(screen) }
            let effects: [Effect]
            if screen.form != nil {
                effects = handleForm(action, key: key, &screen, &state)
            } else if screen.live != nil {
                effects = handleLive(action, &screen, &state)
            } else if screen.plan != nil {
                effects = handlePlan(action, &screen, &state)
            } else if screen.detail != nil {
                effects = handleDetail(action, &screen, state)
            } else if let action, [.nextView, .showGoals, .showOrganizations, .showSessions, .showDashboard, .showActivity, .showConflicts]
                .contains(action),
                      !(screen.view == .goals && screen.goals.isSearching) {
                switchView(action, &screen)
                effects = []
            } else {
                switch screen.view {
                case .goals: effects = handleGoals(action, key: key, &screen, &state)
                case .organizations: effects = handleOrganizations(action, &screen, &state)
                case .sessions: effects = handleSessions(action, &screen, &state)
                case .dashboard: effects = handleDashboard(action, &screen, &state)
                case .activity: effects = handleActivity(action, &screen, &state)
                case .conflicts: effects = handleConflicts(action, &screen, &state)
                }
            }
            return effects
        }
    }

    /// Switches between the goals, organizations and sessions views; Tab goes round them.
    static func switchView(_ action: Action, _ screen: inout AgendaScreen) {
        switch action {
        case .showGoals: screen.view = .goals
        case .showOrganizations: screen.view = .organizations
        case .showSessions: screen.view = .sessions
        case .showDashboard: screen.view = .dashboard
        case .showActivity: screen.view = .activity
        case .showConflicts: screen.view = .conflicts
        case .nextView:
            screen.view = switch screen.view {
            case .goals: .organizations
            case .organizations: .sessions
            case .sessions: .dashboard
            case .dashboard: .activity
            // The conflicts view is in the round only while there are conflicts to settle.
            case .activity: screen.document.agenda.conflicts.isEmpty ? .goals : .conflicts
            case .conflicts: .goals
            }
        default: break
        }
    }

    /// Keeps every list's selection in view after the size changed.
    static func revealSelections(_ state: inout AppState) {
        let layout = ScreenLayout(size: state.size)
        switch state.screen {
        case .agenda(var screen):
            let height = layout.listBody.height
            screen.goals.pageHeight = height
            screen.goals.viewport.reveal(screen.goals.selection, height: height, count: screen.goals.rows.count)
            screen.organizations.viewport.reveal(
                screen.organizations.selection, height: height, count: screen.document.agenda.organizations.count)
            state.screen = .agenda(screen)
        case .picker(var picker, let previous):
            picker.viewport.reveal(picker.selection, height: layout.listBody.height, count: picker.entries.count)
            state.screen = .picker(picker, previous: previous)
        default:
            break
        }
    }

    /// Moves a selection for a movement action in a list of `count` rows with pages of `page` rows.
    static func move(_ selection: inout Int, _ action: Action?, count: Int, page: Int) -> Bool {
        guard count > 0 else { return false }
        switch action {
        case .moveUp: selection = max(0, selection - 1)
        case .moveDown: selection = min(count - 1, selection + 1)
        case .pageUp: selection = max(0, selection - max(1, page - 1))
        case .pageDown: selection = min(count - 1, selection + max(1, page - 1))
        case .top: selection = 0
        case .bottom: selection = count - 1
        default: return false
        }
        return true
    }
}
