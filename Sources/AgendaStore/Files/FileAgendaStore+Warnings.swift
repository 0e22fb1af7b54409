/// Saves that succeed with something to tell: no backup could be kept, the folder could not be flushed.
extension FileAgendaStore {
    /// Where a save that succeeded with a warning also reports it, for callers that never see
    /// `Modified.warning` (`update` returns the change's value alone): the command line binds it to
    /// standard error around each command. Unbound, a warning reaches only the returned value.
    @TaskLocal public static var warnings: (@Sendable (AgendaFileError) -> Void)?

    /// The warning of a save on `file`, reported to `warnings` as well; nil when there is none.
    static func warn(_ text: String?, file: String) -> AgendaFileError? {
        guard let text else { return nil }
        let warning = AgendaFileError(file: file, text)
        warnings?(warning)
        return warning
    }
}
