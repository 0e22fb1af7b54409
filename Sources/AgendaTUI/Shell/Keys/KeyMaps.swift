import AgendaLocalization
import TerminalWidgets

/// The key tables of every context. Dispatch, the key-hint bar and the help overlay all read these,
/// so what the screen says a key does is what it does.
public enum KeyMaps {
    private static let move = Text.helpSectionMove
    private static let view = Text.helpSectionView
    private static let find = Text.helpSectionSearch
    private static let app = Text.helpSectionApp
    private static let change = Text.helpSectionEdit

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

    /// The bindings of a context, in the order help lists them.
    public static func bindings(for context: KeyContext) -> [KeyBinding] {
        switch context {
        case .goals:
            return listMoves + [
                KeyBinding([.enter, .character("e")], .edit, hint: .hintEdit, section: change),
                KeyBinding([.character("n")], .newGoal, hint: .hintNew, section: change),
                KeyBinding([.character("N")], .newSubGoal, section: change),
                KeyBinding([.character("s")], .setStatus, section: change),
                KeyBinding([.character("+"), .character("=")], .progressUp, section: change),
                KeyBinding([.character("-")], .progressDown, section: change),
                KeyBinding([.character("a")], .addNote, section: change),
                KeyBinding([.character("m")], .move, section: change),
                KeyBinding([.character("d"), .delete], .delete, section: change),
                KeyBinding([.character("r")], .review, section: change),
            ] + history + [
                KeyBinding([.character("v")], .view, section: view),
                KeyBinding([.character(" ")], .toggleFold, hint: .hintFold, section: view),
                KeyBinding([.right], .unfold, section: view),
                KeyBinding([.left], .foldOrParent, section: view),
                KeyBinding([.character("z")], .foldAll, section: view),
                KeyBinding([.character("Z")], .unfoldAll, section: view),
                KeyBinding([.character("J")], .detailDown, section: view),
                KeyBinding([.character("K")], .detailUp, section: view),
                KeyBinding([.character("/")], .search, hint: .hintSearch, section: find),
                KeyBinding([.character("f")], .filterMenu, hint: .hintFilter, section: find),
                KeyBinding([.character("o")], .sortMenu, hint: .hintSort, section: find),
                KeyBinding([.character("x"), .escape], .clearFilters, section: find),
            ] + everywhere
        case .organizations:
            return listMoves + [
                KeyBinding([.enter, .character("e")], .edit, hint: .hintEdit, section: change, help: .actionEditOrganization),
                KeyBinding([.character("n")], .newOrganization, hint: .hintNew, section: change),
                KeyBinding([.character("d"), .delete], .delete, section: change),
            ] + history + [
                KeyBinding([.character("v")], .showOrganizationGoals, hint: .hintGoals, section: view),
                KeyBinding([.character("J")], .detailDown, section: view),
                KeyBinding([.character("K")], .detailUp, section: view),
            ] + everywhere
        case .detail:
            return [
                KeyBinding([.character("k"), .up], .detailUp, hint: .hintScroll, section: move),
                KeyBinding([.character("j"), .down], .detailDown, section: move),
                KeyBinding([.pageUp], .pageUp, section: move),
                KeyBinding([.pageDown, .character(" ")], .pageDown, section: move),
                KeyBinding([.character("g"), .home], .top, section: move),
                KeyBinding([.character("G"), .end], .bottom, section: move),
                KeyBinding([.character("e")], .edit, hint: .hintEdit, section: change, help: .actionEditGoal),
                KeyBinding([.escape, .backspace], .back, hint: .hintBack, section: view),
            ] + everywhere
        case .picker:
            return listMoves + [
                KeyBinding([.enter], .open, hint: .hintOpen, section: view),
                KeyBinding([.escape], .back, section: view),
                KeyBinding([.character("?")], .help, hint: .hintHelp, section: app),
                KeyBinding([.character("q"), .control("c")], .quit, hint: .hintQuit, section: app),
            ]
        case .search:
            return [
                KeyBinding([.enter], .searchKeep, hint: .hintKeep, section: find),
                KeyBinding([.escape], .searchClear, hint: .hintClear, section: find),
                KeyBinding([.up], .moveUp, section: move),
                KeyBinding([.down], .moveDown, hint: .hintMove, section: move),
                KeyBinding([.pageUp], .pageUp, section: move),
                KeyBinding([.pageDown], .pageDown, section: move),
                KeyBinding([.control("c")], .quit, section: app),
            ]
        case .menu:
            return [
                KeyBinding([.character("k"), .up], .moveUp, section: move),
                KeyBinding([.character("j"), .down], .moveDown, hint: .hintMove, section: move),
                KeyBinding([.enter, .character(" ")], .menuChoose, hint: .hintChoose, section: view),
                KeyBinding([.escape, .character("q")], .menuClose, hint: .hintClose, section: view),
                KeyBinding([.control("c")], .quit, section: app),
            ]
        case .help:
            return [
                KeyBinding([.character("k"), .up], .moveUp, section: move),
                KeyBinding([.character("j"), .down], .moveDown, hint: .hintScroll, section: move),
                KeyBinding([.pageUp], .pageUp, section: move),
                KeyBinding([.pageDown, .character(" ")], .pageDown, section: move),
                KeyBinding([.character("g"), .home], .top, section: move),
                KeyBinding([.character("G"), .end], .bottom, section: move),
                KeyBinding([.escape, .character("?"), .character("q"), .enter], .back, hint: .hintClose, section: view),
                KeyBinding([.control("c")], .quit, section: app),
            ]
        case .failed:
            return [KeyBinding([.character("q"), .control("c"), .escape], .quit, hint: .hintQuit, section: app)]
        case .failedFromPicker:
            return [
                KeyBinding([.escape], .back, hint: .hintBack, section: view),
                KeyBinding([.character("q"), .control("c")], .quit, hint: .hintQuit, section: app),
            ]
        case .tooSmall:
            return [KeyBinding([.character("q"), .control("c")], .quit, hint: .hintQuit, section: app)]
        case .choice:
            return [
                KeyBinding([.up], .moveUp, section: move),
                KeyBinding([.down], .moveDown, hint: .hintMove, section: move),
                KeyBinding([.enter], .menuChoose, hint: .hintChoose, section: view),
                KeyBinding([.character(" ")], .menuToggle, section: view),
                KeyBinding([.escape], .menuClose, hint: .hintClose, section: view),
                KeyBinding([.control("c")], .quit, section: app),
            ]
        case .prompt:
            return [
                KeyBinding([.enter], .answer, hint: .hintOK, section: view),
                KeyBinding([.escape], .cancel, hint: .hintCancel, section: view),
                KeyBinding([.control("c")], .quit, section: app),
            ]
        case .note:
            return [
                KeyBinding([.control("s")], .save, hint: .hintSave, section: view),
                KeyBinding([.escape], .cancel, hint: .hintCancel, section: view),
                KeyBinding([.control("c")], .quit, section: app),
            ]
        case .confirm:
            return [
                KeyBinding([.character("y"), .character("Y")], .confirmYes, hint: .hintYes, section: view),
                KeyBinding([.character("n"), .character("N"), .escape], .confirmNo, hint: .hintNo, section: view),
                KeyBinding([.control("c")], .quit, section: app),
            ]
        case .conflicts:
            return [
                KeyBinding([.escape, .enter], .back, hint: .hintClose, section: view),
                KeyBinding([.control("c")], .quit, section: app),
            ]
        case .sessions:
            return listMoves + [
                KeyBinding([.enter], .open, hint: .hintOpen, section: view),
                KeyBinding([.character("L")], .goLive, hint: .hintLive, section: view),
                KeyBinding([.character("n")], .newSession, hint: .hintNew, section: change),
                KeyBinding([.character("e")], .edit, section: change, help: .actionEditSession),
                KeyBinding([.character("d"), .delete], .delete, section: change),
            ] + history + everywhere
        case .plan:
            return listMoves + [
                KeyBinding([.character("a")], .addGoalItem, hint: .hintAddGoal, section: change),
                KeyBinding([.character("A")], .addTopicItem, section: change),
                KeyBinding([.character("+"), .character("=")], .longerTimebox, hint: .hintTimebox, section: change),
                KeyBinding([.character("-")], .shorterTimebox, section: change),
                KeyBinding([.character("K")], .moveItemUp, section: change),
                KeyBinding([.character("J")], .moveItemDown, section: change),
                KeyBinding([.character("d"), .delete], .delete, section: change),
                KeyBinding([.character("w")], .attendance, hint: .hintAttendance, section: change),
                KeyBinding([.character("p")], .setPresenter, section: change),
                KeyBinding([.character("e")], .edit, section: change, help: .actionEditSession),
            ] + history + [
                KeyBinding([.character("L")], .goLive, hint: .hintLive, section: view),
                KeyBinding([.escape], .back, hint: .hintBack, section: view),
                KeyBinding([.character("?")], .help, hint: .hintHelp, section: app),
                KeyBinding([.character("q"), .control("c")], .quit, hint: .hintQuit, section: app),
            ]
        case .live:
            return [
                KeyBinding([.character(" ")], .startPause, hint: .hintClock, section: view),
                KeyBinding([.character("]")], .nextItem, hint: .hintNextItem, section: move),
                KeyBinding([.character("[")], .previousItem, section: move),
                KeyBinding([.character("a")], .addSpeaker, hint: .hintSpeaker, section: change),
                KeyBinding([.character("x")], .nextSpeaker, hint: .hintNextSpeaker, section: change),
                KeyBinding([.character("d")], .recordDecision, hint: .hintDecision, section: change),
                KeyBinding([.character("t")], .recordAction, hint: .hintAction, section: change),
                KeyBinding([.character("v")], .recordVote, section: change),
                KeyBinding([.character("o")], .editNotes, section: change),
                KeyBinding([.character("O")], .progressiveQueue, section: change),
                KeyBinding([.character("u")], .undo, section: change),
                KeyBinding([.control("r")], .redo, section: change),
                KeyBinding([.character("P")], .presenter, hint: .hintPresenter, section: view),
                KeyBinding([.character("E")], .endSession, hint: .hintEnd, section: view),
                KeyBinding([.escape], .back, section: view),
                KeyBinding([.character("?")], .help, hint: .hintHelp, section: app),
                KeyBinding([.character("q"), .control("c")], .quit, section: app),
            ]
        case .dashboard:
            return listMoves + [
                KeyBinding([.enter], .showFigure, hint: .hintGoals2, section: view),
                KeyBinding([.character("R")], .writeReport, hint: .hintReport, section: view),
            ] + everywhere
        case .activity:
            return listMoves + [
                KeyBinding([.enter], .showFigure, hint: .hintGoals2, section: view, help: .actionShowChangedGoal),
                KeyBinding([.character("f")], .activityFilter, hint: .hintFilter, section: find),
                KeyBinding([.character("x"), .escape], .clearFilters, section: find),
            ] + everywhere
        case .mergeConflicts:
            return listMoves + [
                KeyBinding([.enter], .chooseSide, hint: .hintChoose, section: change),
            ] + history + everywhere
        case .presenter:
            return [
                KeyBinding([.character(" ")], .startPause, hint: .hintClock, section: view),
                KeyBinding([.character("]")], .nextItem, section: move),
                KeyBinding([.character("[")], .previousItem, section: move),
                KeyBinding([.character("x")], .nextSpeaker, section: change),
                KeyBinding([.character("P"), .escape], .presenter, hint: .hintBack, section: view),
                KeyBinding([.character("?")], .help, section: app),
                KeyBinding([.character("q"), .control("c")], .quit, section: app),
            ]
        case .form:
            return [
                KeyBinding([.tab], .nextField, hint: .hintNextField, section: move),
                KeyBinding([.backTab], .previousField, section: move),
                KeyBinding([.control("s")], .save, hint: .hintSave, section: change),
                KeyBinding([.escape], .cancel, hint: .hintCancel, section: change),
                KeyBinding([.control("c")], .quit, section: app),
            ]
        }
    }

    /// The keys a form's fields take themselves (shown in the help of the form; not dispatched as actions).
    public static let fieldKeys: [(keys: String, text: Text)] = [
        ("←/→ Home/End Ctrl-A/Ctrl-E", .helpFieldMove),
        ("Backspace/Del Ctrl-W Ctrl-U", .helpFieldDelete),
        ("Enter", .helpFieldEnter),
        ("↑/↓", .helpFieldUpDown),
    ]

    /// The action a key triggers in a context, if any.
    public static func action(for key: Key, in context: KeyContext) -> Action? {
        bindings(for: context).first { $0.keys.contains(key) }?.action
    }
}
