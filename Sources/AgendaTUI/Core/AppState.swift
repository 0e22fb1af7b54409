import AgendaLocalization
import AgendaModel
import AgendaStore
import Foundation
import TerminalWidgets

/// The whole state of the interface: everything `render` draws and `reduce` changes.
///
/// Three parts, each changed in place: the shell around the agenda (size, language, clock, overlay,
/// message), what the screen shows, and the open agenda with its views.
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

    // The shell's parts, as most of the interface reads them.
    public var size: Size {
        get { shell.size }
        set { shell.size = newValue }
    }
    public var strings: Strings { shell.strings }
    public var today: Day {
        get { shell.today }
        set { shell.today = newValue }
    }
    public var now: Date {
        get { shell.now }
        set { shell.now = newValue }
    }
    public var who: String {
        get { shell.who }
        set { shell.who = newValue }
    }
    public var utcOffset: Int {
        get { shell.utcOffset }
        set { shell.utcOffset = newValue }
    }
    public var hasColor: Bool {
        get { shell.hasColor }
        set { shell.hasColor = newValue }
    }
    public var overlay: Overlay? {
        get { shell.overlay }
        set { shell.overlay = newValue }
    }
    public var message: String? {
        get { shell.message }
        set { shell.message = newValue }
    }
    public var isQuitting: Bool { shell.isQuitting }
    public var openSession: String? {
        get { shell.openSession }
        set { shell.openSession = newValue }
    }
}
