/// The interface's strings in every language; each table must hold every `Text` key.
public enum Catalog {
    /// The table of a language.
    public static func table(_ language: Language) -> [Text: String] {
        sections.reduce(into: [:]) { table, section in table.merge(section(language)) { first, _ in first } }
    }

    /// The tables' parts: the main one, and those of features kept apart so that no literal grows too
    /// large for the compiler to check quickly.
    static let sections: [@Sendable (Language) -> [Text: String]] = [
        main, merge, people, reports, deletions, commandLine, commandHelp, texts, counts, meetings,
    ]

    /// The main table of a language.
    static func main(_ language: Language) -> [Text: String] {
        switch language {
        case .english: english
        case .spanish: spanish
        case .portuguese: portuguese
        case .french: french
        }
    }

    /// The command line's messages, the model's refusals and the store's messages, and the argument
    /// parser's words.
    static func commandLine(_ language: Language) -> [Text: String] {
        switch language {
        case .english: englishCommandLine
        case .spanish: spanishCommandLine
        case .portuguese: portugueseCommandLine
        case .french: frenchCommandLine
        }
    }

    /// Each subcommand's and option's help.
    static func commandHelp(_ language: Language) -> [Text: String] {
        switch language {
        case .english: englishCommandHelp
        case .spanish: spanishCommandHelp
        case .portuguese: portugueseCommandHelp
        case .french: frenchCommandHelp
        }
    }

    /// The strings of reports, minutes, Activity and the log.
    static func reports(_ language: Language) -> [Text: String] {
        switch language {
        case .english: englishReports
        case .spanish: spanishReports
        case .portuguese: portugueseReports
        case .french: frenchReports
        }
    }

    /// The strings of the Conflicts view and of merges.
    static func merge(_ language: Language) -> [Text: String] {
        switch language {
        case .english: englishMerge
        case .spanish: spanishMerge
        case .portuguese: portugueseMerge
        case .french: frenchMerge
        }
    }
}

extension Catalog {
    /// The English table, for a key another language lacked (tests make sure none does).
    static let fallback = table(.english)
}

/// Strings of one language, looked up by key, with arguments filled in.
public struct Strings: Sendable {
    public let language: Language
    private let table: [Text: String]

    public init(_ language: Language) {
        self.language = language
        table = Catalog.table(language)
    }

    /// The string for a key; the English one if a table lacked it (tests make sure none does).
    public subscript(_ key: Text) -> String {
        table[key] ?? Catalog.fallback[key] ?? key.rawValue
    }

    /// The string for a key with `%@` and `%d` replaced by the arguments in order, and `%%` by `%`.
    ///
    /// A group `{one|other}` is the word for the number last put in by `%d`: `%d {goal|goals}` gives
    /// "1 goal" and "2 goals" (in French, 0 takes the singular too). Before any `%d`, the plural.
    public func format(_ key: Text, _ arguments: CustomStringConvertible...) -> String {
        var result = ""
        var remaining = arguments.makeIterator()
        var characters = self[key].makeIterator()
        var count: Int?
        while let character = characters.next() {
            if character == "{" {
                var forms = [""]
                while let next = characters.next(), next != "}" {
                    if next == "|" { forms.append("") } else { forms[forms.count - 1].append(next) }
                }
                let singular = count.map { language.takesSingular($0) } ?? false
                result += singular ? forms[0] : forms[min(1, forms.count - 1)]
                continue
            }
            guard character == "%" else {
                result.append(character)
                continue
            }
            switch characters.next() {
            case "@": result += remaining.next()?.description ?? ""
            case "d":
                let argument = remaining.next()
                count = argument as? Int
                result += argument?.description ?? ""
            case "%": result.append("%")
            case let other?: result.append("%"); result.append(other)
            case nil: result.append("%")
            }
        }
        return result
    }
}
