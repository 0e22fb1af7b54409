import AgendaLocalization
import AgendaModel
import AgendaStore
import Foundation
import TerminalWidgets

/// The whole state of the interface: everything `render` draws and `reduce` changes.
///
/// Three parts, each changed in place: the shell around the agenda (size, language, clock, overlay,
/// message), what the screen shows, and the open agenda with its views.
@dynamicMemberLookup
public struct AppState: Sendable {
    /// Everything around the open agenda.
    public var shell: ShellState
    /// What the screen shows.
    public var screen: Screen
    /// The open agenda, shown while `screen` is `.agenda`; kept while the picker shows, to go back to.
    public var agenda: AgendaScreen?

    public init(size: Size, language: Language, today: Day, hasColor: Bool, screen: Screen, who: String = "agenda",
                now: Date? = nil) {
        shell = ShellState(size: size, strings: Strings(language), today: today,
                           now: now ?? Date(timeIntervalSince1970: Double(today.daysSinceEpoch) * 86_400 + 12 * 3600),
                           who: who, hasColor: hasColor)
        self.screen = screen
    }

    /// The open agenda while it is shown (not while the picker covers it).
    public var shownAgenda: AgendaScreen? {
        if case .agenda = screen { return agenda }
        return nil
    }

    /// The context whose keys apply now (see `Routing`).
    public var keyContext: KeyContext { Routing.keyContext(self) }

    /// The shell's parts, read and set as if they were the state's own: `state.overlay`, `state.now`.
    public subscript<Value>(dynamicMember path: WritableKeyPath<ShellState, Value>) -> Value {
        get { shell[keyPath: path] }
        set { shell[keyPath: path] = newValue }
    }

    /// The shell's parts that only it sets: `state.layout`.
    public subscript<Value>(dynamicMember path: KeyPath<ShellState, Value>) -> Value {
        shell[keyPath: path]
    }
}
