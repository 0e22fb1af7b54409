/// Saves that succeed with something to tell: no backup could be kept, the folder could not be flushed.
extension FileAgendaStore {
    /// Receives the warning of a save that succeeded, for callers that never see `Modified.warning`
    /// (`update` returns the change's value alone).
    public typealias WarningReporter = @Sendable (AgendaFileError) -> Void

    /// The warning of a save on `file`, given to `warningReporter` as well; nil when there is none.
    func warn(_ text: String?, file: String) -> AgendaFileError? {
        guard let text else { return nil }
        let warning = AgendaFileError(file: file, text)
        warningReporter?(warning)
        return warning
    }
}
