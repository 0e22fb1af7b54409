import AgendaLocalization
import TerminalWidgets

/// The help overlay of a context: every key of its table, by section, scrolled.
enum HelpView {
    static func draw(_ context: KeyContext, scroll: Int, _ state: ShellState, _ theme: Theme, _ buffer: inout ScreenBuffer) {
        HelpOverlay.draw(title: state.strings[.helpTitle], sections: HelpContent.sections(context, state.strings),
                         footer: state.strings[.helpFooter], into: &buffer, area: state.layout.helpArea, scroll: scroll,
                         style: theme.plain, keyStyle: theme.label, headingStyle: theme.bold)
    }
}
