import AgendaLocalization
import TerminalWidgets

extension PickerFeature {
    /// The picker's keys.
    static let keys: [KeyBinding] = KeyMaps.listMoves + [
        KeyBinding([.enter], .open, hint: .hintOpen, section: .helpSectionView),
        KeyBinding([.escape], .back, section: .helpSectionView),
        KeyBinding([.character("?")], .help, hint: .hintHelp, section: .helpSectionApp),
        KeyBinding([.character("q"), .control("c")], .quit, hint: .hintQuit, section: .helpSectionApp),
    ]
}
