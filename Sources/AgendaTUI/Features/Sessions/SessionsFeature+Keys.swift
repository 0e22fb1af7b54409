import AgendaLocalization
import TerminalWidgets

extension SessionsFeature {
    /// The sessions view's keys.
    static let keys: [KeyBinding] = KeyMaps.listMoves + [
        KeyBinding([.enter], .open, hint: .hintOpen, section: .helpSectionView),
        KeyBinding([.character("L")], .goLive, hint: .hintLive, section: .helpSectionView),
        KeyBinding([.character("n")], .newSession, hint: .hintNew, section: .helpSectionEdit),
        KeyBinding([.character("e")], .edit, section: .helpSectionEdit, help: .actionEditSession),
        KeyBinding([.character("d"), .delete], .delete, section: .helpSectionEdit),
        KeyBinding([.character("T")], .translate, section: .helpSectionEdit),
    ] + KeyMaps.history + KeyMaps.everywhere
}
