/// The places of the interface that have keys of their own: each has a key table, an update that
/// answers its keys and, for the screens, a view (see `Routing`).
public enum KeyContext: String, CaseIterable, Sendable {
    case picker, goals, organizations, people, detail, search, menu, help, tooSmall
    /// An agenda being read: only quitting.
    case loading
    /// An agenda that could not be opened, reached from the picker (Escape goes back to it) or not.
    case failed, failedFromPicker
    /// A searchable menu, where letters type into the search.
    case choice
    /// A one-line question (a new goal's title).
    case prompt
    /// A note being written: Enter breaks lines.
    case note
    case confirm
    /// The changes someone else made to fields this screen changed too, shown after a save.
    case overwritten
    /// A form on the whole screen.
    case form
    /// The sessions view, a session's plan, live mode and its presenter screen.
    case sessions, plan, live, presenter
    /// A closed session, however it was opened: its record, its minutes, reopening it.
    case closedSession
    /// The dashboard and activity views.
    case dashboard, activity
    /// The conflicts a merge left for a person to settle.
    case mergeConflicts
}
