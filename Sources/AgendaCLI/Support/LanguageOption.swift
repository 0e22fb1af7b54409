import AgendaLocalization
import ArgumentParser

/// `--lang en|es|pt|fr`, which every subcommand takes: the language of its output, messages and help.
///
/// The choice itself is read before parsing, by `CommandLanguage`; this option declares it to the
/// parser and refuses a language the interface does not speak.
struct LanguageOption: ParsableArguments {
    @Option(help: ArgumentHelp(.cmdLang, valueName: "language"), completion: .list(Language.allCases.map(\.rawValue)))
    var lang: String?

    func validate() throws {
        if let lang, Language(code: lang) == nil {
            throw ValidationError(strings.format(.cliNotALanguage, lang))
        }
    }
}
