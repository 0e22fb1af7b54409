import AgendaLocalization
import TerminalWidgets

extension DetailFeature {
    /// The keys of a goal or organization shown whole.
    static let keys: [KeyBinding] = [
        KeyBinding([.character("k"), .up], .detailUp, hint: .hintScroll, section: .helpSectionMove),
        KeyBinding([.character("j"), .down], .detailDown, section: .helpSectionMove),
        KeyBinding([.pageUp], .pageUp, section: .helpSectionMove),
        KeyBinding([.pageDown, .character(" ")], .pageDown, section: .helpSectionMove),
        KeyBinding([.character("g"), .home], .top, section: .helpSectionMove),
        KeyBinding([.character("G"), .end], .bottom, section: .helpSectionMove),
        KeyBinding([.character("e")], .edit, hint: .hintEdit, section: .helpSectionEdit, help: .actionEditGoal),
        KeyBinding([.escape, .backspace], .back, hint: .hintBack, section: .helpSectionView),
    ] + KeyMaps.everywhere
}
