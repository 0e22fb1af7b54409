import AgendaLocalization
import TerminalWidgets

extension GoalsFeature {
    /// The goals view's keys, in the order help lists them.
    static let keys: [KeyBinding] = KeyMaps.listMoves + [
        KeyBinding([.enter], .open, hint: .hintEdit, section: .helpSectionEdit, help: .actionOpenGoalOrArea),
        KeyBinding([.character("e")], .edit, section: .helpSectionEdit, help: .actionEditGoalOrArea),
        KeyBinding([.character("n")], .newGoal, hint: .hintNew, section: .helpSectionEdit),
        KeyBinding([.character("N")], .newSubGoal, section: .helpSectionEdit),
        KeyBinding([.character("s")], .setStatus, section: .helpSectionEdit),
        KeyBinding([.character("+"), .character("=")], .progressUp, section: .helpSectionEdit),
        KeyBinding([.character("-")], .progressDown, section: .helpSectionEdit),
        KeyBinding([.character("a")], .addNote, section: .helpSectionEdit),
        KeyBinding([.character("m")], .move, section: .helpSectionEdit, help: .actionMoveGoalOrArea),
        KeyBinding([.character("d"), .delete], .delete, section: .helpSectionEdit, help: .actionDeleteGoalOrArea),
        KeyBinding([.character("A")], .newArea, section: .helpSectionEdit),
        KeyBinding([.character("T")], .translate, section: .helpSectionEdit),
        KeyBinding([.character("r")], .review, section: .helpSectionEdit),
    ] + KeyMaps.history + [
        KeyBinding([.character("v")], .view, section: .helpSectionView),
        KeyBinding([.character(" ")], .toggleFold, hint: .hintFold, section: .helpSectionView),
        KeyBinding([.right], .unfold, section: .helpSectionView),
        KeyBinding([.left], .foldOrParent, section: .helpSectionView),
        KeyBinding([.character("z")], .foldAll, section: .helpSectionView),
        KeyBinding([.character("Z")], .unfoldAll, section: .helpSectionView),
        KeyBinding([.character("J")], .detailDown, section: .helpSectionView),
        KeyBinding([.character("K")], .detailUp, section: .helpSectionView),
        KeyBinding([.character("/")], .search, hint: .hintSearch, section: .helpSectionSearch),
        KeyBinding([.character("f")], .filterMenu, hint: .hintFilter, section: .helpSectionSearch),
        KeyBinding([.character("o")], .sortMenu, hint: .hintSort, section: .helpSectionSearch),
        KeyBinding([.character("x"), .escape], .clearFilters, section: .helpSectionSearch),
    ] + KeyMaps.everywhere

    /// The keys of the search line, while it is open.
    static let searchKeys: [KeyBinding] = [
        KeyBinding([.enter], .searchKeep, hint: .hintKeep, section: .helpSectionSearch),
        KeyBinding([.escape], .searchClear, hint: .hintClear, section: .helpSectionSearch),
        KeyBinding([.up], .moveUp, section: .helpSectionMove),
        KeyBinding([.down], .moveDown, hint: .hintMove, section: .helpSectionMove),
        KeyBinding([.pageUp], .pageUp, section: .helpSectionMove),
        KeyBinding([.pageDown], .pageDown, section: .helpSectionMove),
        KeyBinding([.control("c")], .quit, section: .helpSectionApp),
    ]
}
