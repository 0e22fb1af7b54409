import AgendaModel
import AgendaStore
import ArgumentParser
import Foundation

/// `agenda translate export FILE --to LANG [--output F]`: a gettext PO file of the agenda's texts for a
/// translator into one language.
struct TranslateExportCommand: ReadingCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: TranslateMessages.exportAbstract, discussion: TranslateMessages.exportDiscussion)

    @OptionGroup var target: AgendaFileArgument

    @Option(help: ArgumentHelp(TranslateMessages.languageHelp, valueName: "language"), transform: TranslateLanguage.option)
    var to: String

    @Option(help: ArgumentHelp(TranslateMessages.outputHelp, valueName: "file"), completion: .file(extensions: ["po"]))
    var output: String?

    func run(reading agenda: Agenda) throws {
        try TranslateLanguage.checkTranslatable(to, in: agenda)
        let texts = AgendaTexts(agenda)
        let po = TranslationCatalog.po(agenda, texts, language: to, file: target.file, at: Environment.now,
                                       version: AgendaCommand.configuration.version)
        let text = POWriter.write(po)
        guard let output else { return Console.out(exact: text) }
        if Self.sameFile(output, target.file) { throw Failure(TranslateMessages.outputIsTheAgenda(output)) }
        try ReportFile.write(Array(text.utf8), to: output)
        Console.line(TranslateMessages.exported(output, texts.status(to, originalLanguage: agenda.language)))
    }

    /// Whether two paths name one existing file (a link to it, or another spelling of its path).
    static func sameFile(_ first: String, _ second: String) -> Bool {
        var one = stat(), two = stat()
        guard stat(first, &one) == 0, stat(second, &two) == 0 else { return false }
        return one.st_dev == two.st_dev && one.st_ino == two.st_ino
    }
}
