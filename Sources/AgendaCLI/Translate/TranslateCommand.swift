import ArgumentParser

/// `agenda translate status|export|import FILE ...`: the agenda's texts in other languages, through the
/// PO files translators already use.
struct TranslateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "translate",
        abstract: TranslateMessages.abstract,
        discussion: TranslateMessages.discussion,
        subcommands: [TranslateStatusCommand.self, TranslateExportCommand.self, TranslateImportCommand.self]
    )
}
