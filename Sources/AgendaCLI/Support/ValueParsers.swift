import AgendaModel
import ArgumentParser

/// Parsers for option values, each refusing bad input with a message that lists what is accepted.
enum ValueParsers {
    /// A word of a model's vocabulary, refused with the words it knows: `'x' is not a status; use one of: ...`.
    static func known<Value: KnownValue>(_ text: String, _ what: String, orNone: Bool = false) throws -> Value {
        guard let value = Value.parse(text) else {
            throw ValidationError("'\(text)' is not \(what); use one of: \(Value.knownList)" + (orNone ? ", none" : ""))
        }
        return value
    }

    static func status(_ text: String) throws -> GoalStatus { try known(text, "a status") }
    static func priority(_ text: String) throws -> Priority { try known(text, "a priority") }
    static func knownLevel(_ text: String) throws -> GovernmentLevel { try known(text, "a level of government") }
    static func kind(_ text: String) throws -> OrganizationKind { try known(text, "a kind of organization") }
    static func health(_ text: String) throws -> Health { try known(text, "a health") }

    /// A level of government; `none` gives nil, for clearing it.
    static func level(_ text: String) throws -> GovernmentLevel? {
        if text.lowercased() == "none" { return nil }
        return try known(text, "a level of government", orNone: true) as GovernmentLevel
    }

    static func progress(_ text: String) throws -> Int {
        guard let value = Int(text.trimmingWhitespace.replacingPercent), FieldRules.progressRange.contains(value) else {
            throw ValidationError("'\(text)' is not a progress from 0 to 100")
        }
        return value
    }

    /// A due date, or nil for `none`.
    static func due(_ text: String) throws -> Day? {
        if text.lowercased() == "none" { return nil }
        guard let day = Day(text) else {
            throw ValidationError("'\(text)' is not a date in the form YYYY-MM-DD (or none)")
        }
        return day
    }

    static func day(_ text: String) throws -> Day {
        guard let day = Day(text) else { throw ValidationError("'\(text)' is not a date in the form YYYY-MM-DD") }
        return day
    }

    static func country(_ text: String) throws -> String {
        let code = text.uppercased()
        guard FieldRules.isCountryCode(code) else {
            throw ValidationError("'\(text)' is not an ISO 3166 alpha-2 country code such as MX")
        }
        return code
    }

    static func slug(_ text: String) throws -> String {
        guard FieldRules.isSlug(text) else {
            throw ValidationError("'\(text)' is not an id: use lowercase letters, digits and dashes, such as alianza")
        }
        return text
    }

    static func nonEmpty(_ text: String) throws -> String {
        let trimmed = text.trimmingWhitespace
        guard !trimmed.isEmpty else { throw ValidationError("the value is empty") }
        return trimmed
    }
}

extension String {
    fileprivate var replacingPercent: String {
        hasSuffix("%") ? String(dropLast()) : self
    }
}
