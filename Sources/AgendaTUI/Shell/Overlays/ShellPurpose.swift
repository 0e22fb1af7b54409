/// The shell's own question: quitting with edits not saved.
public enum ShellPurpose: FeaturePurpose {
    case quitUnsaved

    func answer(_ answer: Answer, _ screen: inout AgendaScreen, _ state: inout ShellState) -> [Effect]? {
        guard answer == .confirmed else { return [] }
        state.isQuitting = true
        return [.quit]
    }
}
