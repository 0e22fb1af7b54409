import AgendaLocalization
import TerminalWidgets

extension ClosedSessionFeature {
    /// The keys of a closed session: reading its record, its minutes, reopening it, going back. Moving
    /// through the items is there to read, not offered in the key-hint bar.
    static let keys: [KeyBinding] = KeyMaps.listMoves.map { binding in
        var quiet = binding
        quiet.hint = nil
        return quiet
    } + [
        KeyBinding([.character("m")], .writeMinutes, hint: .hintMinutes, section: .helpSectionView),
        KeyBinding([.character("L")], .reopenSession, hint: .hintReopen, section: .helpSectionEdit),
        KeyBinding([.escape], .back, hint: .hintBack, section: .helpSectionView),
        KeyBinding([.character("?")], .help, hint: .hintHelp, section: .helpSectionApp),
        KeyBinding([.character("q"), .control("c")], .quit, hint: .hintQuit, section: .helpSectionApp),
    ]
}
