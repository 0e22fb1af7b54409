import AgendaLocalization
import TerminalWidgets

/// The key tables of every context. Dispatch, the key-hint bar and the help overlay all read these,
/// so what the screen says a key does is what it does.
public enum KeyMaps {
    static let move = Text.helpSectionMove
    static let view = Text.helpSectionView
    static let find = Text.helpSectionSearch
    static let app = Text.helpSectionApp
    static let change = Text.helpSectionEdit

    /// Undo and redo, in every view that edits.
    static let history: [KeyBinding] = [
        KeyBinding([.character("u")], .undo, hint: .hintUndo, section: change),
        KeyBinding([.control("r")], .redo, section: change),
    ]

    /// Moving in a list.
    static let listMoves: [KeyBinding] = [
        KeyBinding([.character("k"), .up], .moveUp, section: move),
        KeyBinding([.character("j"), .down], .moveDown, hint: .hintMove, section: move),
        KeyBinding([.pageUp], .pageUp, section: move),
        KeyBinding([.pageDown], .pageDown, section: move),
        KeyBinding([.character("g"), .home], .top, section: move),
        KeyBinding([.character("G"), .end], .bottom, section: move),
    ]

    /// Switching views, help and quitting.
    static let everywhere: [KeyBinding] = [
        KeyBinding([.tab], .nextView, hint: .hintViews, section: app),
        KeyBinding([.character("1")], .showGoals, section: app),
        KeyBinding([.character("2")], .showOrganizations, section: app),
        KeyBinding([.character("3")], .showSessions, section: app),
        KeyBinding([.character("4")], .showDashboard, section: app),
        KeyBinding([.character("5")], .showActivity, section: app),
        KeyBinding([.character("6")], .showConflicts, section: app),
        KeyBinding([.character("p")], .picker, section: app),
        KeyBinding([.character("?")], .help, hint: .hintHelp, section: app),
        KeyBinding([.character("q"), .control("c")], .quit, hint: .hintQuit, section: app),
    ]

    /// The bindings of a context, in the order help lists them: its key table, from its route, with a
    /// question's yes answered by the language's own key (see `YesKeys`).
    public static func bindings(for context: KeyContext, _ language: Language = .english) -> [KeyBinding] {
        YesKeys.localize(Routing.route(context).keys, language)
    }

    /// The keys a form's fields take themselves (shown in the help of the form; not dispatched as actions).
    public static let fieldKeys: [(keys: String, text: Text)] = [
        ("←/→ Home/End Ctrl-A/Ctrl-E", .helpFieldMove),
        ("Backspace/Del Ctrl-W Ctrl-U", .helpFieldDelete),
        ("Enter", .helpFieldEnter),
        ("↑/↓", .helpFieldUpDown),
    ]

    /// The action a key triggers in a context, if any.
    public static func action(for key: Key, in context: KeyContext, _ language: Language = .english) -> Action? {
        bindings(for: context, language).first { $0.keys.contains(key) }?.action
    }
}
