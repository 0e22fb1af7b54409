import AgendaLocalization
import TerminalWidgets

extension PresenterFeature {
    /// The presenter screen's keys: the clock, the items and the floor, and back.
    static let keys: [KeyBinding] = [
        KeyBinding([.character(" ")], .startPause, hint: .hintClock, section: .helpSectionView),
        KeyBinding([.character("]")], .nextItem, section: .helpSectionMove),
        KeyBinding([.character("[")], .previousItem, section: .helpSectionMove),
        KeyBinding([.character("x")], .nextSpeaker, section: .helpSectionEdit),
        KeyBinding([.character("P"), .escape], .presenter, hint: .hintBack, section: .helpSectionView),
        KeyBinding([.character("?")], .help, section: .helpSectionApp),
        KeyBinding([.character("q"), .control("c")], .quit, section: .helpSectionApp),
    ]
}
