import AgendaLocalization
import TerminalWidgets

/// The keys that answer yes to a question in a language: the first letter of its own word for yes
/// (`s` for sí and sim, `o` for oui), and `y` in every language, for the people who learned it.
enum YesKeys {
    /// The language's own yes letter.
    static func letter(_ language: Language) -> Character {
        switch language {
        case .spanish, .portuguese: "s"
        case .french: "o"
        case .english: "y"
        }
    }

    /// The keys answering yes, the language's own first: what the key bar and help show.
    static func keys(_ language: Language) -> [Key] {
        let own = letter(language)
        var keys: [Key] = [.character(own), .character(Character(own.uppercased()))]
        if own != "y" { keys += [.character("y"), .character("Y")] }
        return keys
    }

    /// A key table with the yes of a question answered by the language's keys.
    static func localize(_ bindings: [KeyBinding], _ language: Language) -> [KeyBinding] {
        bindings.map { binding in
            guard binding.action == .confirmYes else { return binding }
            var localized = binding
            localized.keys = keys(language)
            return localized
        }
    }
}
