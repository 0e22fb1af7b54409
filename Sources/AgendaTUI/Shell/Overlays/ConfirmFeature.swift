import TerminalWidgets

/// The keys of a yes-or-no question: yes gives the purpose that asked its answer; no closes it.
enum ConfirmFeature {
    static func update(_ action: Action?, _ key: Key, _ state: inout AppState) -> [Effect] {
        guard case .confirm(let confirm) = state.overlay else { return [] }
        switch action {
        case .confirmNo:
            state.overlay = nil
            return []
        case .confirmYes:
            state.overlay = nil
            return Answering.answer(.confirmed, to: confirm.purpose, reopening: .confirm(confirm), &state)
        default:
            return []
        }
    }
}
