import AgendaLocalization
import TerminalWidgets

/// Keys named as people's keyboards label them in each language: `Intro`, `Espacio`, `Supr`,
/// `RePág`/`AvPág` in Spanish, `Espaço` in Portuguese, `Entrée`, `Espace`, `Échap`, `Suppr` in French;
/// letters, arrows and `Ctrl-` as they are everywhere.
enum KeyNames {
    /// A key's name in a language.
    static func name(_ key: Key, _ language: Language) -> String {
        localize(key.description, language)
    }

    /// A label of keys (`Enter/e`, `PgUp PgDn`, `←/→ Home/End Ctrl-A/Ctrl-E`) with each key's name in a
    /// language.
    static func localize(_ label: String, _ language: Language) -> String {
        guard let names = table[language] else { return label }
        var result = ""
        var word = ""
        func flush() {
            result += names[word] ?? word
            word = ""
        }
        for character in label {
            if character == "/" || character == " " {
                flush()
                result.append(character)
            } else {
                word.append(character)
            }
        }
        flush()
        return result
    }

    /// The English names that read otherwise in a language.
    private static let table: [Language: [String: String]] = [
        .spanish: ["Enter": "Intro", "Space": "Espacio", "Del": "Supr", "PgUp": "RePág", "PgDn": "AvPág", "Home": "Inicio",
                   "End": "Fin", "Backspace": "Retroceso", "Shift-Tab": "Mayús-Tab", "Ins": "Insert"],
        .portuguese: ["Space": "Espaço", "Shift-Tab": "Shift-Tab"],
        .french: ["Enter": "Entrée", "Space": "Espace", "Esc": "Échap", "Del": "Suppr", "PgUp": "PgPréc", "PgDn": "PgSuiv",
                  "Home": "Début", "End": "Fin", "Backspace": "Retour", "Shift-Tab": "Maj-Tab", "Ins": "Inser"],
    ]
}
