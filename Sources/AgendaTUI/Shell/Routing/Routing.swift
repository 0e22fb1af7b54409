import AgendaLocalization
import TerminalWidgets

/// What has the keyboard, and so which key table applies, which update answers and which view draws:
/// the interface's one routing table.
///
/// Precedence is decided here and nowhere else: a terminal too small to draw on, then an overlay, then
/// the screen (an agenda being read, the picker, a failure, or the open agenda's mode and view).
/// Adding a screen is a key context, a line in `route`, and its feature's folder.
enum Routing {
    /// The context whose keys apply now.
    static func keyContext(_ state: AppState) -> KeyContext {
        if !state.size.isUsable { return .tooSmall }
        if let overlay = state.overlay { return overlay.keyContext }
        return screenContext(state)
    }

    /// The context of the screen under any overlay.
    static func screenContext(_ state: AppState) -> KeyContext {
        switch state.screen {
        case .loading: .loading
        case .picker: .picker
        case .failed(_, let previous): previous == nil ? .failed : .failedFromPicker
        case .agenda: state.agenda.map(context(of:)) ?? .loading
        }
    }

    /// The context of the open agenda: its mode, else its view.
    static func context(of screen: AgendaScreen) -> KeyContext {
        switch screen.mode {
        case .form: .form
        // A closed session's plan, live screen and presenter screen all show its record.
        case .live: isClosed(screen) ? .closedSession : .live
        case .presenter: isClosed(screen) ? .closedSession : .presenter
        case .plan: isClosed(screen) ? .closedSession : .plan
        case .detail: .detail
        case .browsing:
            switch screen.view {
            case .goals: screen.goals.isSearching ? .search : .goals
            case .organizations: .organizations
            case .people: .people
            case .sessions: .sessions
            case .dashboard: .dashboard
            case .activity: .activity
            case .conflicts: .mergeConflicts
            }
        }
    }

    /// Whether the session of the mode (a plan, a live session, its presenter screen) is closed.
    private static func isClosed(_ screen: AgendaScreen) -> Bool {
        screen.mode.session.flatMap { screen.agenda.session($0) }?.state == .closed
    }

    /// The key table, update and view of a context.
    static func route(_ context: KeyContext) -> Route {
        switch context {
        case .goals, .search: .view(keys: context == .search ? GoalsFeature.searchKeys : GoalsFeature.keys,
                                    update: GoalsFeature.update, draw: GoalsView.draw)
        case .organizations: .view(keys: OrganizationsFeature.keys, update: OrganizationsFeature.update, draw: OrganizationsView.draw)
        case .people: .view(keys: PeopleFeature.keys, update: PeopleFeature.update, draw: PeopleView.draw)
        case .sessions: .view(keys: SessionsFeature.keys, update: SessionsFeature.update, draw: SessionsView.draw)
        case .dashboard: .view(keys: DashboardFeature.keys, update: DashboardFeature.update, draw: DashboardView.draw)
        case .activity: .view(keys: ActivityFeature.keys, update: ActivityFeature.update, draw: ActivityView.draw)
        case .mergeConflicts: .view(keys: ConflictsFeature.keys, update: ConflictsFeature.update, draw: ConflictsView.draw)
        case .detail: .agenda(keys: DetailFeature.keys, update: DetailFeature.update, draw: DetailView.draw)
        case .plan: .agenda(keys: PlanFeature.keys, update: PlanFeature.update, draw: PlanView.draw)
        case .closedSession: .agenda(keys: ClosedSessionFeature.keys, update: ClosedSessionFeature.update,
                                     draw: ClosedSessionView.draw)
        case .live: .agenda(keys: LiveFeature.keys, update: LiveFeature.update, draw: LiveView.draw)
        case .presenter: .agenda(keys: PresenterFeature.keys, update: LiveFeature.update, draw: PresenterView.draw)
        case .form: .agenda(keys: FormFeature.keys, update: FormFeature.update, draw: FormView.draw)
        case .picker: Route(keys: PickerFeature.keys, update: PickerFeature.update, draw: PickerView.draw)
        case .failed, .failedFromPicker:
            Route(keys: context == .failed ? ShellKeys.failed : ShellKeys.failedFromPicker, update: FailureView.update,
                  draw: FailureView.draw)
        case .loading: Route(keys: ShellKeys.tooSmall, update: { _, _, _ in [] }, draw: LoadingView.draw)
        case .tooSmall: Route(keys: ShellKeys.tooSmall, update: { _, _, _ in [] })
        case .menu, .choice: Route(keys: context == .menu ? ShellKeys.menu : ShellKeys.choice, update: MenuFeature.update)
        case .prompt, .note: Route(keys: context == .prompt ? ShellKeys.prompt : ShellKeys.note, update: PromptFeature.update)
        case .confirm: Route(keys: ShellKeys.confirm, update: ConfirmFeature.update)
        case .help: Route(keys: ShellKeys.help, update: HelpFeature.update)
        case .overwritten: Route(keys: ShellKeys.overwritten, update: { action, _, state in
            if action == .back { state.overlay = nil }
            return []
        })
        }
    }
}
