import AgendaLocalization
import TerminalWidgets

extension LiveFeature {
    /// The keys of a live session.
    static let keys: [KeyBinding] = [
        KeyBinding([.character(" ")], .startPause, hint: .hintClock, section: .helpSectionView),
        KeyBinding([.character("]")], .nextItem, hint: .hintNextItem, section: .helpSectionMove),
        KeyBinding([.character("[")], .previousItem, section: .helpSectionMove),
        KeyBinding([.character("a")], .addSpeaker, hint: .hintSpeaker, section: .helpSectionEdit),
        KeyBinding([.character("x")], .nextSpeaker, hint: .hintNextSpeaker, section: .helpSectionEdit),
        KeyBinding([.character("d")], .recordDecision, hint: .hintDecision, section: .helpSectionEdit),
        KeyBinding([.character("t")], .recordAction, hint: .hintAction, section: .helpSectionEdit),
        KeyBinding([.character("v")], .recordVote, section: .helpSectionEdit),
        KeyBinding([.character("o")], .editNotes, section: .helpSectionEdit),
        KeyBinding([.character("O")], .progressiveQueue, section: .helpSectionEdit),
        KeyBinding([.character("w")], .attendance, section: .helpSectionEdit),
        KeyBinding([.character("u")], .undo, section: .helpSectionEdit),
        KeyBinding([.control("r")], .redo, section: .helpSectionEdit),
        KeyBinding([.character("P")], .presenter, hint: .hintPresenter, section: .helpSectionView),
        KeyBinding([.character("E")], .endSession, hint: .hintEnd, section: .helpSectionView),
        KeyBinding([.escape], .back, section: .helpSectionView),
        KeyBinding([.character("?")], .help, hint: .hintHelp, section: .helpSectionApp),
        KeyBinding([.character("q"), .control("c")], .quit, section: .helpSectionApp),
    ]
}
