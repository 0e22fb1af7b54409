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
