import AgendaModel
import AgendaStore
import ArgumentParser

/// `agenda translate export FILE --to LANG [--output F]`: a gettext PO file of the agenda's texts for a
/// translator into one language.
struct TranslateExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: TranslateMessages.exportAbstract, discussion: TranslateMessages.exportDiscussion)

    @OptionGroup var target: AgendaFileArgument

    @Option(help: ArgumentHelp(TranslateMessages.languageHelp, valueName: "language"), transform: TranslateLanguage.option)
    var to: String

    @Option(help: ArgumentHelp(TranslateMessages.outputHelp, valueName: "file"), completion: .file(extensions: ["po"]))
    var output: String?

    func run() throws {
        try reporting {
            let agenda = try FileAgendaStore.forCommandLine().load(target.file)
            try TranslateLanguage.checkTranslatable(to, in: agenda)
            let po = TranslationCatalog.po(agenda, language: to, file: target.file, at: Environment.now,
                                           version: AgendaCommand.configuration.version)
            let text = POWriter.write(po)
            guard let output else { return Console.out(exact: text) }
            try ReportFile.write(Array(text.utf8), to: output)
            Console.line(TranslateMessages.exported(output, agenda.translationStatus(to)))
        }
    }
}
