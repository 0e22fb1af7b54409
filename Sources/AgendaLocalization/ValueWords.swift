import AgendaModel

/// The values of a vocabulary as people type them on the command line: the file's key (`active`), or
/// the value's word in any language of the interface (`activa`, `ativa`, `actif`), case, accents and the
/// spaces or hyphens between words aside (`en riesgo`, `En-Riesgo`).
///
/// A word that names different values in two languages names the one of the interface's language:
/// its words are tried first, then the keys, then the words of the other languages.
public enum ValueWords {
    /// The value that `text` names, or nil.
    public static func parse<Value: Worded>(_ text: String, in language: Language) -> Value? {
        let typed = fold(text)
        guard !typed.isEmpty else { return nil }
        if let value = lookup(typed, Value.self, language) { return value }
        if let value = Value.known.first(where: { fold($0.rawValue) == typed }) { return value }
        for other in Language.allCases where other != language {
            if let value = lookup(typed, Value.self, other) { return value }
        }
        return nil
    }

    /// The words to type for each known value in a language, as a message lists them: the keys in
    /// English, else the language's words with hyphens between their parts (`en-riesgo`), which need
    /// no quotes in a shell.
    public static func typable<Value: Worded>(_ type: Value.Type, in language: Language) -> [String] {
        guard language != .english else { return Value.known.map(\.rawValue) }
        let strings = Strings(language)
        return Value.known.map { Value.word($0, strings).lowercased().split(separator: " ").joined(separator: "-") }
    }

    /// The known value one of whose words in `language` folds to `typed`.
    private static func lookup<Value: Worded>(_ typed: String, _ type: Value.Type, _ language: Language) -> Value? {
        let strings = Strings(language)
        return Value.known.first { value in
            ([Value.word(value, strings)] + Value.variants(value, language)).contains { fold($0) == typed }
        }
    }

    /// The text as words are compared: lowercase, no accents, runs of spaces, hyphens and underscores as
    /// one hyphen, none at the ends.
    public static func fold(_ text: String) -> String {
        TextFolding.fold(text).split { $0 == " " || $0 == "-" || $0 == "_" }.joined(separator: "-")
    }
}
