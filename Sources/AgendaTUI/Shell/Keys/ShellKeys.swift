import AgendaLocalization
import TerminalWidgets

/// The key tables of the shell's own places: the overlays, a failure, a terminal too small.
enum ShellKeys {
    /// A short menu: move, choose, close.
    static let menu: [KeyBinding] = [
        KeyBinding([.character("k"), .up], .moveUp, section: .helpSectionMove),
        KeyBinding([.character("j"), .down], .moveDown, hint: .hintMove, section: .helpSectionMove),
        KeyBinding([.enter, .character(" ")], .menuChoose, hint: .hintChoose, section: .helpSectionView),
        KeyBinding([.escape, .character("q")], .menuClose, hint: .hintClose, section: .helpSectionView),
        KeyBinding([.control("c")], .quit, section: .helpSectionApp),
    ]

    /// A searchable menu: letters type into the search, so only keys that type nothing move and choose.
    static let choice: [KeyBinding] = [
        KeyBinding([.up], .moveUp, section: .helpSectionMove),
        KeyBinding([.down], .moveDown, hint: .hintMove, section: .helpSectionMove),
        KeyBinding([.enter], .menuChoose, hint: .hintChoose, section: .helpSectionView),
        KeyBinding([.character(" ")], .menuToggle, section: .helpSectionView),
        KeyBinding([.escape], .menuClose, hint: .hintClose, section: .helpSectionView),
        KeyBinding([.control("c")], .quit, section: .helpSectionApp),
    ]

    /// The help overlay: scroll, close.
    static let help: [KeyBinding] = [
        KeyBinding([.character("k"), .up], .moveUp, section: .helpSectionMove),
        KeyBinding([.character("j"), .down], .moveDown, hint: .hintScroll, section: .helpSectionMove),
        KeyBinding([.pageUp], .pageUp, section: .helpSectionMove),
        KeyBinding([.pageDown, .character(" ")], .pageDown, section: .helpSectionMove),
        KeyBinding([.character("g"), .home], .top, section: .helpSectionMove),
        KeyBinding([.character("G"), .end], .bottom, section: .helpSectionMove),
        KeyBinding([.escape, .character("?"), .character("q"), .enter], .back, hint: .hintClose, section: .helpSectionView),
        KeyBinding([.control("c")], .quit, section: .helpSectionApp),
    ]

    /// A one-line question.
    static let prompt: [KeyBinding] = [
        KeyBinding([.enter], .answer, hint: .hintOK, section: .helpSectionView),
        KeyBinding([.escape], .cancel, hint: .hintCancel, section: .helpSectionView),
        KeyBinding([.control("c")], .quit, section: .helpSectionApp),
    ]

    /// A note: Enter breaks lines, Ctrl-S saves.
    static let note: [KeyBinding] = [
        KeyBinding([.control("s")], .save, hint: .hintSave, section: .helpSectionView),
        KeyBinding([.escape], .cancel, hint: .hintCancel, section: .helpSectionView),
        KeyBinding([.control("c")], .quit, section: .helpSectionApp),
    ]

    /// A yes-or-no question.
    static let confirm: [KeyBinding] = [
        KeyBinding([.character("y"), .character("Y")], .confirmYes, hint: .hintYes, section: .helpSectionView),
        KeyBinding([.character("n"), .character("N"), .escape], .confirmNo, hint: .hintNo, section: .helpSectionView),
        KeyBinding([.control("c")], .quit, section: .helpSectionApp),
    ]

    /// The box of changes someone else made to fields this screen changed too.
    static let overwritten: [KeyBinding] = [
        KeyBinding([.escape, .enter], .back, hint: .hintClose, section: .helpSectionView),
        KeyBinding([.control("c")], .quit, section: .helpSectionApp),
    ]

    /// An agenda that could not be opened.
    static let failed: [KeyBinding] = [KeyBinding([.character("q"), .control("c"), .escape], .quit, hint: .hintQuit, section: .helpSectionApp)]

    /// An agenda that could not be opened, chosen in the picker: Escape goes back to it.
    static let failedFromPicker: [KeyBinding] = [
        KeyBinding([.escape], .back, hint: .hintBack, section: .helpSectionView),
        KeyBinding([.character("q"), .control("c")], .quit, hint: .hintQuit, section: .helpSectionApp),
    ]

    /// A terminal too small to draw on.
    static let tooSmall: [KeyBinding] = [KeyBinding([.character("q"), .control("c")], .quit, hint: .hintQuit, section: .helpSectionApp)]
}
