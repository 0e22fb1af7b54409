/// The shell's own questions: quitting with edits not saved, or with something typed.
public enum ShellPurpose: FeaturePurpose {
    /// Quitting although edits could not be saved.
    case quitUnsaved
    /// Quitting although a form or a question has something typed in it.
    case quitDiscarding

    func answer(_ answer: Answer, _ screen: inout AgendaScreen, _ state: inout ShellState) -> [Effect]? {
        guard answer == .confirmed else { return [] }
        if self == .quitDiscarding { return Quitting.quitTyped(screen.editing, &state) }
        state.isQuitting = true
        return [.quit]
    }
}

extension Purpose {
    /// Whether the question is whether to quit, so that Ctrl-C on it answers yes.
    var isAboutQuitting: Bool {
        self == .shell(.quitUnsaved) || self == .shell(.quitDiscarding)
    }
}
