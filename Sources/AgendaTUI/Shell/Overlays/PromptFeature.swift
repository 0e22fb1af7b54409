import AgendaLocalization
import TerminalWidgets

/// The keys of a prompt: typing, Tab to complete a name, then Enter (Ctrl-S for a note) to answer and
/// Escape to cancel. The answer goes to the purpose that opened the prompt.
enum PromptFeature {
    static func update(_ action: Action?, _ key: Key, _ state: inout AppState) -> [Effect] {
        guard case .prompt(var prompt) = state.overlay else { return [] }
        switch action {
        case .cancel:
            state.overlay = nil
            return []
        case .answer, .save:
            guard !prompt.text.text.trimmingWhitespace.isEmpty || prompt.acceptsEmpty else {
                state.message = state.strings[.problemEmpty]
                return []
            }
            state.overlay = nil
            return Answering.answer(.text(prompt.text.text), to: prompt.purpose, reopening: .prompt(prompt), &state)
        default:
            if key == .tab, prompt.completions != nil, let first = prompt.suggestions.first {
                // Tab completes the name.
                prompt.text = TextArea(first)
            } else {
                // A proposed text gives way to the first character typed.
                if prompt.replacesOnType, case .character = key { prompt.text = TextArea() }
                prompt.replacesOnType = false
                // Everything else edits the text; in notes Enter breaks the line.
                prompt.text.handle(key, width: state.shell.layout.promptTextWidth)
            }
            prompt.suggest()
            state.overlay = .prompt(prompt)
            return []
        }
    }
}
