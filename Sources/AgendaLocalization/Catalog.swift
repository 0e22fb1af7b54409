/// The interface's strings in every language; each table must hold every `Text` key.
public enum Catalog {
    /// The table of a language.
    public static func table(_ language: Language) -> [Text: String] {
        parts(language).reduce(into: [:]) { table, part in table.merge(part) { first, _ in first } }
    }

    /// A language's strings as the catalogue keeps them: the full-screen program's, the merge's, the
    /// command line's messages and its help, each in a table of its own.
    static func parts(_ language: Language) -> [[Text: String]] {
        switch language {
        case .english: [english, englishMerge, englishCommandLine, englishCommandHelp]
        case .spanish: [spanish, spanishMerge, spanishCommandLine, spanishCommandHelp]
        case .portuguese: [portuguese, portugueseMerge, portugueseCommandLine, portugueseCommandHelp]
        case .french: [french, frenchMerge, frenchCommandLine, frenchCommandHelp]
        }
    }
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
        table[key] ?? Catalog.parts(.english).lazy.compactMap { $0[key] }.first ?? key.rawValue
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
