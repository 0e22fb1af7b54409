import AgendaLocalization
import TerminalWidgets

extension PeopleFeature {
    /// The people view's keys.
    static let keys: [KeyBinding] = KeyMaps.listMoves + [
        KeyBinding([.enter, .character("e")], .edit, hint: .hintEdit, section: .helpSectionEdit, help: .actionEditPerson),
        KeyBinding([.character("n")], .newPerson, hint: .hintNew, section: .helpSectionEdit),
        KeyBinding([.character("d"), .delete], .delete, section: .helpSectionEdit, help: .actionRemovePerson),
    ] + KeyMaps.history + [
        KeyBinding([.character("J")], .detailDown, section: .helpSectionView),
        KeyBinding([.character("K")], .detailUp, section: .helpSectionView),
    ] + KeyMaps.everywhere
}
