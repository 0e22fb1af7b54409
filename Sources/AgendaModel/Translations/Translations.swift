/// The translations of a record's texts: for each field (`title`, `description`, `name`...), its
/// translations by language (a BCP 47 tag). Languages the program does not know are kept like others.
public struct Translations: Equatable, Sendable {
    /// Field → language → translation; no field or language is held empty.
    public private(set) var fields: [String: [String: Translation]]

    public init(_ fields: [String: [String: Translation]] = [:]) {
        self.fields = fields.filter { !$0.value.isEmpty }
    }

    /// Whether no text of the record is translated.
    public var isEmpty: Bool { fields.isEmpty }

    /// The translation of a field into a language, if there is one.
    public subscript(field: String, language: String) -> Translation? {
        get { fields[field]?[language] }
        set {
            var languages = fields[field] ?? [:]
            languages[language] = newValue
            fields[field] = languages.isEmpty ? nil : languages
        }
    }

    /// A field's translations by language.
    public func of(_ field: String) -> [String: Translation] {
        fields[field] ?? [:]
    }

    /// Every language something of the record is translated into.
    public var languages: Set<String> {
        Set(fields.values.flatMap(\.keys))
    }
}
