import AgendaLocalization
import AgendaModel
import ArgumentParser

/// Parsers for option values, each refusing bad input, in the command line's language, with a message
/// that lists what is accepted.
enum ValueParsers {
    /// A value of a vocabulary, by its key or by its word in any language of the interface
    /// (`ValueWords`), refused with the words of the command line's language: `'x' is not a status; use
    /// one of: ...`, and the closest of them when one is close.
    static func known<Value: Worded>(_ text: String, _ refusal: Text, orNone: Bool = false) throws -> Value {
        guard let value: Value = ValueWords.parse(text, in: CommandLanguage.current) else {
            let words = ValueWords.typable(Value.self, in: CommandLanguage.current) + (orNone ? ["none"] : [])
            var message = strings.format(refusal, text, words.joined(separator: ", "))
            if let close = Closest.names(to: text, among: words, limit: 1, within: 2).first {
                message += strings.format(.cliDidYouMean, close)
            }
            throw ValidationError(message)
        }
        return value
    }

    static func status(_ text: String) throws -> GoalStatus { try known(text, .cliNotAStatus) }
    static func priority(_ text: String) throws -> Priority { try known(text, .cliNotAPriority) }
    static func knownLevel(_ text: String) throws -> GovernmentLevel { try known(text, .cliNotALevel) }
    static func kind(_ text: String) throws -> OrganizationKind { try known(text, .cliNotAKind) }
    static func health(_ text: String) throws -> Health { try known(text, .cliNotAHealth) }

    /// Whether a value means "none", to clear a field: `none`, or the word for it in a language of the
    /// interface (`ninguno`, `nenhuma`, `aucun`).
    static func isNone(_ text: String) -> Bool {
        let words = ["none", "ninguno", "ninguna", "nenhum", "nenhuma", "aucun", "aucune"]
        return words.contains(ValueWords.fold(text))
    }

    /// A level of government; `none` gives nil, for clearing it.
    static func level(_ text: String) throws -> GovernmentLevel? {
        if isNone(text) { return nil }
        return try known(text, .cliNotALevel, orNone: true) as GovernmentLevel
    }

    static func progress(_ text: String) throws -> Int {
        guard let value = Int(text.trimmingWhitespace.replacingPercent), FieldRules.progressRange.contains(value) else {
            throw ValidationError(strings.format(.cliNotAProgress, text))
        }
        return value
    }

    /// A due date, or nil for `none`.
    static func due(_ text: String) throws -> Day? {
        if isNone(text) { return nil }
        guard let day = Day(text) else { throw ValidationError(strings.format(.cliNotADateOrNone, text)) }
        return day
    }

    static func day(_ text: String) throws -> Day {
        guard let day = Day(text) else { throw ValidationError(strings.format(.cliNotADate, text)) }
        return day
    }

    static func country(_ text: String) throws -> String {
        let code = text.uppercased()
        guard FieldRules.isCountryCode(code) else { throw ValidationError(strings.format(.cliNotACountry, text)) }
        return code
    }

    /// A country code, or `none` (in any language of the interface) as is, for clearing it.
    static func countryOrNone(_ text: String) throws -> String {
        isNone(text) ? "none" : try country(text)
    }

    static func slug(_ text: String) throws -> String {
        guard FieldRules.isSlug(text) else { throw ValidationError(strings.format(.cliNotASlug, text)) }
        return text
    }

    static func nonEmpty(_ text: String) throws -> String {
        let trimmed = text.trimmingWhitespace
        guard !trimmed.isEmpty else { throw ValidationError(strings[.cliEmptyValue]) }
        return trimmed
    }

    /// A position in a list, counted from 1.
    static func position(_ text: String) throws -> Int {
        guard let value = Int(text.trimmingWhitespace), value >= 1 else {
            throw ValidationError(strings.format(.cliNotAPosition, text))
        }
        return value
    }
}

extension String {
    fileprivate var replacingPercent: String {
        hasSuffix("%") ? String(dropLast()) : self
    }
}
