import AgendaModel

/// Days as people type them: ISO (`2027-03-31`), the language's numeric form (`31/03/2027` in Spanish,
/// Portuguese and French, `3/31/2027` in English, with `/`, `.` or `-` between), and the form the
/// screen shows (`31 mar 2027`, `Mar 31, 2027`, `1er mars 2027`).
public enum DateReading {
    /// The day a text names in a language, or nil when it names none.
    public static func day(_ text: String, _ language: Language) -> Day? {
        let trimmed = text.trimmingWhitespace
        if let day = Day(trimmed) { return day }
        return numeric(trimmed, language) ?? written(trimmed, language)
    }

    /// How the language writes a day in numbers: `31/03/2027`, or `3/31/2027` in English.
    public static func numeric(_ day: Day, _ language: Language) -> String {
        func two(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
        switch language {
        case .english: return "\(day.month)/\(day.day)/\(day.year)"
        case .spanish, .portuguese, .french: return "\(two(day.day))/\(two(day.month))/\(day.year)"
        }
    }

    /// Three numbers, day first (month first in English), the year in four digits.
    private static func numeric(_ text: String, _ language: Language) -> Day? {
        let parts = text.split(whereSeparator: { $0 == "/" || $0 == "." || $0 == "-" }).map(String.init)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) }),
              let first = Int(parts[0]), let second = Int(parts[1]), parts[2].count == 4, let year = Int(parts[2])
        else { return nil }
        return language == .english ? Day(year: year, month: first, day: second) : Day(year: year, month: second, day: first)
    }

    /// A day with its month in words, as the screen writes it (the month's short or full name, with or
    /// without accents and dots, in any case).
    private static func written(_ text: String, _ language: Language) -> Day? {
        let words = TextFolding.fold(text).split(whereSeparator: { $0 == " " || $0 == "," || $0 == "/" })
            .map { $0.hasSuffix(".") ? String($0.dropLast()) : String($0) }
            .filter { !$0.isEmpty && $0 != "de" }
        guard words.count == 3 else { return nil }
        var numbers: [Int] = []
        var month: Int?
        for word in words {
            let digits = word.hasSuffix("er") ? String(word.dropLast(2)) : word
            if let number = Int(digits) {
                numbers.append(number)
            } else if month == nil, let found = monthNumber(word, language) {
                month = found
            } else {
                return nil
            }
        }
        guard let month, numbers.count == 2 else { return nil }
        let (day, year) = numbers[0] > 31 ? (numbers[1], numbers[0]) : (numbers[0], numbers[1])
        guard year >= 1000 else { return nil }
        return Day(year: year, month: month, day: day)
    }

    /// The month a word names in a language: a prefix of three letters or more of its
    /// full name, naming no other month.
    private static func monthNumber(_ word: String, _ language: Language) -> Int? {
        guard word.count >= 3 else { return nil }
        let names = monthNames[language] ?? []
        let matches = names.indices.filter { names[$0].hasPrefix(word) }
        return matches.count == 1 ? matches[0] + 1 : nil
    }

    /// The months' full names, folded (lower case, no accents).
    private static let monthNames: [Language: [String]] = [
        .english: ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                   "november", "december"],
        .spanish: ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
                   "noviembre", "diciembre"],
        .portuguese: ["janeiro", "fevereiro", "marco", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
                      "novembro", "dezembro"],
        .french: ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
                  "novembre", "decembre"],
    ]
}
