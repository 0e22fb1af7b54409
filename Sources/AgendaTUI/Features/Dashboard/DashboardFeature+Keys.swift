import AgendaLocalization
import TerminalWidgets

extension DashboardFeature {
    /// The dashboard's keys.
    static let keys: [KeyBinding] = KeyMaps.listMoves + [
        KeyBinding([.enter], .showFigure, hint: .hintGoals, section: .helpSectionView),
        KeyBinding([.character("R")], .writeReport, hint: .hintReport, section: .helpSectionView),
    ] + KeyMaps.everywhere
}
