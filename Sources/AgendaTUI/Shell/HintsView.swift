import AgendaLocalization
import TerminalWidgets

/// The bottom line: the hints of the key table of what has the keyboard, or the status message.
enum HintsView {
    static func draw(_ state: AppState, _ theme: Theme, _ buffer: inout ScreenBuffer, _ layout: ScreenLayout) {
        if let message = state.message {
            buffer.fill(layout.hints, style: theme.plain)
            buffer.write(" " + message, x: 0, y: layout.hints.y, style: theme.filterActive, limit: layout.hints.width)
            return
        }
        let context = state.keyContext
        let all = hints(for: context, state.strings)
        let pinned = KeyMaps.bindings(for: context, state.strings.language).filter { $0.action == .help || $0.action == .quit }
            .compactMap { binding in
                binding.hint.map { KeyHint(keys: KeyNames.localize(binding.hintKeys, state.strings.language), text: state.strings[$0]) }
            }
        KeyHintBar.draw(all.filter { !pinned.contains($0) }, pinned: pinned, into: &buffer, row: layout.hints.y, x: 0,
                        width: layout.hints.width, keyStyle: theme.keyHint, textStyle: theme.hintText)
    }

    /// The key hints of a context, from its key table, in its order.
    static func hints(for context: KeyContext, _ strings: Strings) -> [KeyHint] {
        KeyMaps.bindings(for: context, strings.language).compactMap { binding in
            guard let hint = binding.hint else { return nil }
            return KeyHint(keys: KeyNames.localize(binding.hintKeys, strings.language), text: strings[hint])
        }
    }
}
