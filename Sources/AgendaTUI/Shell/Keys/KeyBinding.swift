import AgendaLocalization
import TerminalWidgets

/// Keys bound to an action in one context, with how the hint bar and help show them.
public struct KeyBinding: Sendable {
    public var keys: [Key]
    public var action: Action
    /// The short label in the key-hint bar, or nil to leave the binding out of the bar.
    public var hint: Text?
    /// The help screen's section the binding is listed under.
    public var section: Text
    /// What help says the keys do here, where the action's own help text would be wrong for the context.
    public var helpOverride: Text?

    public init(_ keys: [Key], _ action: Action, hint: Text? = nil, section: Text, help: Text? = nil) {
        self.keys = keys
        self.action = action
        self.hint = hint
        self.section = section
        self.helpOverride = help
    }

    /// What help says the keys do.
    public var help: Text { helpOverride ?? action.help }

    /// The keys as the hint bar shows them: arrows as `↑↓`, else the first key.
    public var hintKeys: String {
        if keys.contains(.up) || keys.contains(.down) { return "↑↓" }
        return keys.first?.description ?? ""
    }

    /// The keys as shown in help: `k/↑`.
    public var keyLabel: String {
        keys.map(\.description).joined(separator: "/")
    }
}

/// The places of the interface that have keys of their own.
public enum KeyContext: String, CaseIterable, Sendable {
    case picker, goals, organizations, detail, search, menu, help, tooSmall
    /// An agenda that could not be opened, reached from the picker (Escape goes back to it) or not.
    case failed, failedFromPicker
    /// A searchable menu, where letters type into the search.
    case choice
    /// A one-line question (a new goal's title).
    case prompt
    /// A note being written: Enter breaks lines.
    case note
    case confirm, conflicts
    /// A form on the whole screen.
    case form
    /// The sessions view, a session's plan, live mode and its presenter screen.
    case sessions, plan, live, presenter
    /// The dashboard and activity views.
    case dashboard, activity
    /// The conflicts a merge left for a person to settle.
    case mergeConflicts
}
