import AgendaModel

/// An open agenda with the state of its views: the document, what has the keyboard, each feature's
/// state, and the editing (undo, saves, the version on disk).
public struct AgendaScreen: Sendable {
    public var document: Document
    /// The view shown while browsing, and under the other modes.
    public var view: AgendaView = .goals
    /// What has the keyboard: the view, or a detail, a plan, a live session, a form over them.
    public var mode: Mode = .browsing
    public var goals = GoalsState()
    public var organizations = ListWithDetail()
    public var people = ListWithDetail()
    public var sessions = SessionsState()
    public var dashboard = DashboardState()
    public var activity = ActivityState()
    public var conflicts = ConflictsState()
    /// Undo, saves, and the file's version.
    public var editing = EditingState()

    public init(document: Document) {
        self.document = document
    }

    /// The agenda as the screen shows it.
    public var agenda: Agenda { document.agenda }

    /// The form open on the whole screen, if one is.
    public var form: FormState? {
        if case .form(let form, _) = mode { return form }
        return nil
    }

    /// Closes the form open on the whole screen, going back to what it covered.
    mutating func closeForm() {
        if case .form(_, let returning) = mode { mode = returning }
    }

    /// Opens a form over the current mode.
    mutating func open(_ form: FormState) {
        mode = .form(form, returning: mode)
    }
}
