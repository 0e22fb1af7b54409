/// The rules a field's value must keep, shared by edits, validation and input forms.
public enum FieldRules {
    /// The allowed range of progress.
    public static let progressRange = 0...100

    /// Why a value cannot go into a goal field, or nil when it can.
    public static func problem(with field: GoalField) -> String? {
        switch (field.name, field.value) {
        case ("title", .text(let title)):
            return title.trimmingWhitespace.isEmpty ? "the title is empty" : nil
        case ("area", .text(let area)):
            return area.isEmpty ? "the area is empty" : nil
        case ("status", .text(let raw)):
            let status = GoalStatus(rawValue: raw)
            return status.isKnown ? nil : "'\(status.rawValue)' is not a status (\(GoalStatus.knownList))"
        case ("progress", .int(let value)):
            return progressRange.contains(value) ? nil : "\(value) is out of range 0-100"
        case ("priority", .text(let raw)):
            let value = Priority(rawValue: raw)
            return value.isKnown ? nil : "'\(value.rawValue)' is not a priority (\(Priority.knownList))"
        case ("level", .optionalText(let raw?)):
            let value = GovernmentLevel(rawValue: raw)
            return value.isKnown ? nil : "'\(value.rawValue)' is not a level (\(GovernmentLevel.knownList))"
        case ("countries", .list(let codes)):
            return codes.first { !isCountryCode($0) }.map { "'\($0)' is not an ISO 3166 alpha-2 code such as MX" }
        default:
            return nil
        }
    }

    /// Whether the text is two capital ASCII letters, the shape of an ISO 3166 alpha-2 code.
    public static func isCountryCode(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return bytes.count == 2 && bytes.allSatisfy { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
    }

    /// Whether the text can be an id of an area or organization: lowercase letters, digits and dashes.
    public static func isSlug(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.count <= 64 && text.utf8.allSatisfy {
            ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z")) || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9"))
                || $0 == UInt8(ascii: "-")
        } && !text.hasPrefix("-")
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and newlines.
    public var trimmingWhitespace: String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars = scalars.dropFirst() }
        while let last = scalars.last, last.isWhitespace { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
