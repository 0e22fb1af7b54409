/// Carrying an overlay's answer back to the feature whose purpose opened it.
enum Answering {
    /// Gives an answer to its purpose, on the open agenda. When the purpose refuses it, `reopening`
    /// (the overlay as it was answered) is shown again, with the reason already on the status line.
    static func answer(_ answer: Answer, to purpose: Purpose, reopening: Overlay, _ state: inout AppState) -> [Effect] {
        guard state.agenda != nil else { return [] }
        guard let effects = purpose.owner.answer(answer, &state.agenda!, &state.shell) else {
            state.overlay = reopening
            return []
        }
        return effects
    }
}
