import AgendaLocalization
import TerminalWidgets

extension PlanFeature {
    /// The keys of a session's plan.
    static let keys: [KeyBinding] = KeyMaps.listMoves + [
        KeyBinding([.character("a")], .addGoalItem, hint: .hintAddGoal, section: .helpSectionEdit),
        KeyBinding([.character("A")], .addTopicItem, section: .helpSectionEdit),
        KeyBinding([.character("+"), .character("=")], .longerTimebox, hint: .hintTimebox, section: .helpSectionEdit),
        KeyBinding([.character("-")], .shorterTimebox, section: .helpSectionEdit),
        KeyBinding([.character("K")], .moveItemUp, section: .helpSectionEdit),
        KeyBinding([.character("J")], .moveItemDown, section: .helpSectionEdit),
        KeyBinding([.character("d"), .delete], .delete, section: .helpSectionEdit),
        KeyBinding([.character("w")], .attendance, hint: .hintAttendance, section: .helpSectionEdit),
        KeyBinding([.character("p")], .setPresenter, section: .helpSectionEdit),
        KeyBinding([.character("e")], .edit, section: .helpSectionEdit, help: .actionEditSession),
    ] + KeyMaps.history + [
        KeyBinding([.character("L")], .goLive, hint: .hintLive, section: .helpSectionView),
        KeyBinding([.escape], .back, hint: .hintBack, section: .helpSectionView),
        KeyBinding([.character("?")], .help, hint: .hintHelp, section: .helpSectionApp),
        KeyBinding([.character("q"), .control("c")], .quit, hint: .hintQuit, section: .helpSectionApp),
    ]
}
