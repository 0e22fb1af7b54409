import AgendaLocalization
import TerminalWidgets

extension ActivityFeature {
    /// The activity view's keys.
    static let keys: [KeyBinding] = KeyMaps.listMoves + [
        KeyBinding([.enter], .showFigure, hint: .hintOpenOrRestore, section: .helpSectionView, help: .actionShowOrRestore),
        KeyBinding([.character("f")], .activityFilter, hint: .hintFilter, section: .helpSectionSearch),
        KeyBinding([.character("x"), .escape], .clearFilters, section: .helpSectionSearch),
    ] + KeyMaps.history + KeyMaps.everywhere
}
