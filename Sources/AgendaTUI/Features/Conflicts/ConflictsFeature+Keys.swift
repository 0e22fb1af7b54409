import AgendaLocalization
import TerminalWidgets

extension ConflictsFeature {
    /// The conflicts view's keys.
    static let keys: [KeyBinding] = KeyMaps.listMoves + [
        KeyBinding([.enter], .chooseSide, hint: .hintChoose, section: .helpSectionEdit),
    ] + KeyMaps.history + KeyMaps.everywhere
}
