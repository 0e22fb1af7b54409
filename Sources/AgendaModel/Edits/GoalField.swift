/// A field of a goal with a new value, as one `set` edit carries it.
///
/// Made by the typed constructors (`.title("…")`, `.progress(75)`, …); what the field is and how its
/// value reaches a goal comes from the goal's field table (`Goal.fields`).
public struct GoalField: Equatable, Sendable {
    /// The field's name as the file spells it.
    public let name: String
    /// The new value, as the field's kind holds it.
    public let value: GoalFieldValue

    init(_ name: String, _ value: GoalFieldValue) {
        self.name = name
        self.value = value
    }

    /// A new value for a field of the table, as a form reads it; nil for a field no `set` edit changes.
    public init?(_ field: GoalFieldDescriptor, _ value: GoalFieldValue) {
        guard field.isSettable else { return nil }
        self.init(field.key, value)
    }

    public static func title(_ title: String) -> GoalField { GoalField("title", .text(title)) }
    public static func area(_ area: String) -> GoalField { GoalField("area", .text(area)) }
    public static func description(_ description: String) -> GoalField { GoalField("description", .text(description)) }
    public static func status(_ status: GoalStatus) -> GoalField { GoalField("status", .text(status.rawValue)) }
    public static func progress(_ progress: Int) -> GoalField { GoalField("progress", .int(progress)) }
    public static func priority(_ priority: Priority) -> GoalField { GoalField("priority", .text(priority.rawValue)) }
    public static func due(_ due: Day?) -> GoalField { GoalField("due", .day(due)) }
    public static func level(_ level: GovernmentLevel?) -> GoalField { GoalField("level", .optionalText(level?.rawValue)) }
    public static func source(_ source: String?) -> GoalField { GoalField("source", .optionalText(source)) }
    public static func countries(_ countries: [String]) -> GoalField { GoalField("countries", .list(countries)) }
    public static func tags(_ tags: [String]) -> GoalField { GoalField("tags", .list(tags)) }

    /// The value as history records it, or nil for an empty value.
    public var text: String? { value.text }

    /// The field's entry in the goal's field table.
    var descriptor: GoalFieldDescriptor { Goal.field(name)! }
}

/// The value a `set` edit gives a field, in the shape of the field's kind (an enumerated word as its text).
public enum GoalFieldValue: Equatable, Sendable {
    case text(String)
    case optionalText(String?)
    case int(Int)
    case day(Day?)
    case list([String])

    /// The value as history records it, or nil for an empty value; lists joined with ", ".
    public var text: String? {
        switch self {
        case .text(let value): value
        case .optionalText(let value): value
        case .int(let value): String(value)
        case .day(let value): value?.description
        case .list(let values): values.isEmpty ? nil : values.joined(separator: ", ")
        }
    }
}

extension GoalFieldDescriptor {
    /// The goal's value of this field as a `set` edit holds it; nil for a field no `set` edit changes.
    public func editValue(of goal: Goal) -> GoalFieldValue? {
        guard isSettable else { return nil }
        switch kind {
        case .text(let field, _), .prose(let field): return .text(field.get(goal))
        case .optionalText(let field): return .optionalText(field.get(goal))
        case .int(let field): return .int(field.get(goal))
        case .day(let field): return .day(field.get(goal))
        case .list(let field): return .list(field.get(goal))
        case .time, .notes, .history, .origin, .translations: return nil
        }
    }

    /// Gives the goal the value of a `set` edit of this field.
    func assign(_ value: GoalFieldValue, to goal: inout Goal) {
        switch (kind, value) {
        case (.text(let field, _), .text(let value)), (.prose(let field), .text(let value)): field.set(&goal, value)
        case (.optionalText(let field), .optionalText(let value)): field.set(&goal, value)
        case (.int(let field), .int(let value)): field.set(&goal, value)
        case (.day(let field), .day(let value)): field.set(&goal, value)
        case (.list(let field), .list(let values)): field.set(&goal, values)
        default: assertionFailure("a \(value) is not a value of \(key)")
        }
    }
}

extension Goal {
    /// The current value of the same field as `field`, so an edit can record what it replaced.
    public func current(_ field: GoalField) -> GoalField {
        GoalField(field.name, field.descriptor.editValue(of: self)!)
    }

    /// The current value of the field a `set` edit calls `name`, or nil when no `set` edit changes it.
    func settableField(named name: String) -> GoalField? {
        Goal.field(name)?.editValue(of: self).map { GoalField(name, $0) }
    }

    /// Stores a field's value in the goal.
    mutating func assign(_ field: GoalField) {
        field.descriptor.assign(field.value, to: &self)
    }
}
