/// The names of the languages a session may be held in, in each interface language, from their ISO
/// 639-1 codes; a code the table does not know stays as written.
public enum LanguageNames {
    /// The name of a language as running text writes it (`es` → Spanish, español, espanhol, espagnol).
    public static func name(_ code: String, _ language: Language) -> String {
        guard let names = table[code.lowercased()] else { return code }
        switch language {
        case .english: return names.english
        case .spanish: return names.spanish
        case .portuguese: return names.portuguese
        case .french: return names.french
        }
    }

    /// A language's names in every language of the interface, or nil when the table does not know it.
    public static func allNames(_ code: String) -> [String]? {
        table[code.lowercased()].map { [$0.english, $0.spanish, $0.portuguese, $0.french] }
    }

    private typealias Names = (english: String, spanish: String, portuguese: String, french: String)

    private static let table: [String: Names] = [
        "en": ("English", "inglés", "inglês", "anglais"),
        "es": ("Spanish", "español", "espanhol", "espagnol"),
        "pt": ("Portuguese", "portugués", "português", "portugais"),
        "fr": ("French", "francés", "francês", "français"),
        "ht": ("Haitian Creole", "criollo haitiano", "crioulo haitiano", "créole haïtien"),
        "qu": ("Quechua", "quechua", "quíchua", "quechua"),
        "ay": ("Aymara", "aimara", "aimará", "aymara"),
        "gn": ("Guarani", "guaraní", "guarani", "guarani"),
        "it": ("Italian", "italiano", "italiano", "italien"),
        "de": ("German", "alemán", "alemão", "allemand"),
    ]
}
