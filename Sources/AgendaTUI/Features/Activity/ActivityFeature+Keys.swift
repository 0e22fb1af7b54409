import AgendaLocalization
import TerminalWidgets

extension ActivityFeature {
    /// The activity view's keys.
    static let keys: [KeyBinding] = KeyMaps.listMoves + [
        KeyBinding([.enter], .showFigure, hint: .hintGoals, section: .helpSectionView, help: .actionShowChangedGoal),
        KeyBinding([.character("f")], .activityFilter, hint: .hintFilter, section: .helpSectionSearch),
        KeyBinding([.character("x"), .escape], .clearFilters, section: .helpSectionSearch),
    ] + KeyMaps.everywhere
}
