import AgendaLocalization
import AgendaModel
import AgendaStore
import Foundation
import TerminalWidgets

/// The views of an open agenda.
public enum AgendaView: Equatable, Sendable {
    case goals, organizations, sessions, dashboard, activity, conflicts
}

/// A thing shown whole on the screen, in place of the views: a goal or an organization.
public enum DetailTarget: Equatable, Sendable {
    case goal(index: Int)
    case organization(id: String)
}

/// An open agenda with the state of its views.
public struct AgendaScreen: Sendable {
    public var document: Document
    public var view: AgendaView = .goals
    public var goals = GoalsViewState()
    public var organizations = OrganizationsViewState()
    /// A goal or organization shown full screen, with its scroll.
    public var detail: (target: DetailTarget, scroll: Int)?
    /// A form open on the whole screen (the goal editor, the organization editor).
    public var form: FormState?
    public var sessions = SessionsViewState()
    public var dashboard = DashboardViewState()
    public var activity = ActivityViewState()
    public var conflicts = ConflictsViewState()
    /// A session's run-of-show open for planning.
    public var plan: SessionPlanState?
    /// A session running live.
    public var live: LiveState?
    /// Undo, saves, and the file's version.
    public var editing = EditingState()

    public init(document: Document) {
        self.document = document
    }
}

/// What the screen shows.
public enum Screen: Sendable {
    /// An agenda file is being read.
    case loading(path: String)
    /// The agendas of a folder, to choose from; keeps the agenda that was open, to go back to it.
    case picker(PickerState, previous: AgendaScreen?)
    case agenda(AgendaScreen)
    /// An agenda that could not be opened: the error, and where to go back.
    case failed(AgendaFileError, previous: PickerState?)
}

/// The whole state of the interface: everything `render` draws and `reduce` changes.
public struct AppState: Sendable {
    public var size: Size
    public var strings: Strings
    /// Today, for overdue marks; from the injected clock.
    public var today: Day
    /// Now, from the injected clock: the time edits record.
    public var now: Date
    /// Who makes the edits, as history records them (`--by`, `$AGENDA_USER` or the login name).
    public var who: String
    /// The local time zone's offset from UTC in seconds, for showing times (files keep UTC).
    public var utcOffset = 0
    public var hasColor: Bool
    public var screen: Screen
    public var overlay: Overlay?
    /// A one-line message for the status line, shown until the next key.
    public var message: String?
    /// Set when the user quits; the loop ends after the next effects.
    public var isQuitting = false
    /// Quit was asked while a save ran: the program quits when it ends.
    public var quitWhenSaved = false
    /// A session to open in live mode once the agenda has loaded (`agenda session run`).
    public var openSession: String?

    public init(size: Size, language: Language, today: Day, hasColor: Bool, screen: Screen, who: String = "agenda",
                now: Date? = nil) {
        self.size = size
        strings = Strings(language)
        self.today = today
        self.now = now ?? Date(timeIntervalSince1970: Double(today.daysSinceEpoch) * 86_400 + 12 * 3600)
        self.who = who
        self.hasColor = hasColor
        self.screen = screen
    }

    /// The context whose keys apply now.
    public var keyContext: KeyContext {
        if !size.isUsable { return .tooSmall }
        switch overlay {
        case .help: return .help
        case .menu(let menu): return menu.filter == nil ? .menu : .choice
        case .prompt(let prompt): return prompt.isMultiline ? .note : .prompt
        case .confirm: return .confirm
        case .conflicts: return .conflicts
        case nil: break
        }
        switch screen {
        case .loading: return .tooSmall
        case .picker: return .picker
        case .failed(_, let previous): return previous == nil ? .failed : .failedFromPicker
        case .agenda(let agenda):
            if agenda.form != nil { return .form }
            if let live = agenda.live { return live.presenter ? .presenter : .live }
            if agenda.plan != nil { return .plan }
            if agenda.detail != nil { return .detail }
            switch agenda.view {
            case .goals: return agenda.goals.isSearching ? .search : .goals
            case .organizations: return .organizations
            case .sessions: return .sessions
            case .dashboard: return .dashboard
            case .activity: return .activity
            case .conflicts: return .mergeConflicts
            }
        }
    }
}
