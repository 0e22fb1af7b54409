import AgendaLocalization
import AgendaModel
import AgendaStore
import ArgumentParser

/// `agenda translate status FILE [--to LANG] [--format table|json]`: per language, the texts translated,
/// stale and missing.
struct TranslateStatusCommand: ReadingCommand {
    static let configuration = CommandConfiguration(
        commandName: "status", abstract: TranslateMessages.statusAbstract, discussion: TranslateMessages.statusDiscussion)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json
    }

    @OptionGroup var target: AgendaFileArgument

    @Option(help: ArgumentHelp(TranslateMessages.languageHelp, valueName: "language"), transform: TranslateLanguage.option)
    var to: String?

    @Option(help: ArgumentHelp(TranslateMessages.formatHelp), completion: .list(["table", "json"]))
    var format: Format = .table

    func run(reading agenda: Agenda) throws {
        if let to { try TranslateLanguage.checkTranslatable(to, in: agenda) }
        let all = AgendaTexts(agenda)
        let statuses = (to.map { [$0] } ?? agenda.translationLanguages).map { all.status($0, originalLanguage: agenda.language) }
        let texts = all.texts.count
        switch format {
        case .json: Console.out(bytes: json(agenda, statuses, texts: texts))
        case .table: Console.out(table(agenda, statuses, texts: texts))
        }
    }

    private func table(_ agenda: Agenda, _ statuses: [TranslationStatus], texts: Int) -> String {
        let heading = TranslateMessages.originals(agenda, texts: texts) + "\n"
        guard !statuses.isEmpty else { return heading + TranslateMessages.noTranslations(target.file) + "\n" }
        let names = TranslateMessages.columns
        var table = TextTable([
            .init(header: names.language), .init(header: names.name, shrinks: true, minimum: 8),
            .init(header: names.translated, alignment: .right), .init(header: names.stale, alignment: .right),
            .init(header: names.missing, alignment: .right), .init(header: names.percent, alignment: .right),
        ])
        for status in statuses {
            table.append([status.language, Self.name(status.language), String(status.translated), String(status.stale),
                          String(status.missing), "\(status.percent)%"])
        }
        let note = statuses.contains { $0.stale > 0 } ? TranslateMessages.staleNote + "\n" : ""
        return heading + table.render(width: Console.terminalWidth) + note
    }

    private func json(_ agenda: Agenda, _ statuses: [TranslationStatus], texts: Int) -> [UInt8] {
        var writer = JSONWriter()
        writer.value(.object([
            JSONMember("language", agenda.language.map(JSONValue.string) ?? .null),
            JSONMember("texts", .number(String(texts))),
            JSONMember("languages", .array(statuses.map { status in
                .object([
                    JSONMember("language", .string(status.language)),
                    JSONMember("name", .string(Self.name(status.language))),
                    JSONMember("translated", .number(String(status.translated))),
                    JSONMember("stale", .number(String(status.stale))),
                    JSONMember("missing", .number(String(status.missing))),
                    JSONMember("percent", .number(String(status.percent))),
                ])
            })),
        ]))
        return writer.finish()
    }

    /// A language's name, without its tag: `Portuguese`, or the tag when unknown.
    static func name(_ tag: String) -> String {
        LanguageNames.name(LanguageTag.primary(tag), TranslateMessages.language)
    }
}
