import AgendaModel
import ArgumentParser

/// Parsers for option values, each refusing bad input with a message that lists what is accepted.
enum ValueParsers {
    static func status(_ text: String) throws -> GoalStatus {
        guard let status = GoalStatus.parse(text) else {
            throw ValidationError("'\(text)' is not a status; use one of: \(GoalStatus.knownList)")
        }
        return status
    }

    static func priority(_ text: String) throws -> Priority {
        guard let value = Priority.parse(text) else {
            throw ValidationError("'\(text)' is not a priority; use one of: \(Priority.knownList)")
        }
        return value
    }

    /// A level of government; `none` gives nil, for clearing it.
    static func level(_ text: String) throws -> GovernmentLevel? {
        if text.lowercased() == "none" { return nil }
        guard let value = GovernmentLevel.parse(text) else {
            throw ValidationError("'\(text)' is not a level of government; use one of: \(GovernmentLevel.knownList), none")
        }
        return value
    }

    /// A level of government, `none` refused.
    static func knownLevel(_ text: String) throws -> GovernmentLevel {
        guard let value = GovernmentLevel.parse(text) else {
            throw ValidationError("'\(text)' is not a level of government; use one of: \(GovernmentLevel.knownList)")
        }
        return value
    }

    static func kind(_ text: String) throws -> OrganizationKind {
        guard let value = OrganizationKind.parse(text) else {
            throw ValidationError("'\(text)' is not a kind of organization; use one of: \(OrganizationKind.knownList)")
        }
        return value
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

    static func health(_ text: String) throws -> Health {
        guard let health = Health.parse(text) else {
            throw ValidationError("'\(text)' is not a health; use one of: \(Health.knownList)")
        }
        return health
    }
}

extension String {
    fileprivate var replacingPercent: String {
        hasSuffix("%") ? String(dropLast()) : self
    }
}
