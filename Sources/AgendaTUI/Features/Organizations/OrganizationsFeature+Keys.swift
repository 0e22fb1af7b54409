import AgendaLocalization
import TerminalWidgets

extension OrganizationsFeature {
    /// The organizations view's keys.
    static let keys: [KeyBinding] = KeyMaps.listMoves + [
        KeyBinding([.enter, .character("e")], .edit, hint: .hintEdit, section: .helpSectionEdit, help: .actionEditOrganization),
        KeyBinding([.character("n")], .newOrganization, hint: .hintNew, section: .helpSectionEdit),
        KeyBinding([.character("d"), .delete], .delete, section: .helpSectionEdit),
        KeyBinding([.character("T")], .translate, section: .helpSectionEdit),
    ] + KeyMaps.history + [
        KeyBinding([.character("v")], .showOrganizationGoals, hint: .hintGoals, section: .helpSectionView),
        KeyBinding([.character("P")], .showPeople, hint: .hintPeople, section: .helpSectionView),
        KeyBinding([.character("J")], .detailDown, section: .helpSectionView),
        KeyBinding([.character("K")], .detailUp, section: .helpSectionView),
    ] + KeyMaps.everywhere
}
