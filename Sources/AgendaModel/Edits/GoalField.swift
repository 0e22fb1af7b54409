/// A field of a goal with a new value, as one `set` edit carries it.
public enum GoalField: Equatable, Sendable {
    case title(String)
    case area(String)
    case description(String)
    case status(GoalStatus)
    case progress(Int)
    case priority(Priority)
    case due(Day?)
    case level(GovernmentLevel?)
    case source(String?)
    case countries([String])
    case tags([String])

    /// The field's name as the file spells it.
    public var name: String {
        switch self {
        case .title: "title"
        case .area: "area"
        case .description: "description"
        case .status: "status"
        case .progress: "progress"
        case .priority: "priority"
        case .due: "due"
        case .level: "level"
        case .source: "source"
        case .countries: "countries"
        case .tags: "tags"
        }
    }

    /// The value as history records it, or nil for an empty value.
    public var text: String? {
        switch self {
        case .title(let v), .area(let v), .description(let v): v
        case .status(let v): v.rawValue
        case .progress(let v): String(v)
        case .priority(let v): v.rawValue
        case .due(let v): v?.description
        case .level(let v): v?.rawValue
        case .source(let v): v
        case .countries(let v), .tags(let v): v.isEmpty ? nil : v.joined(separator: ", ")
        }
    }
}

extension Goal {
    /// The current value of the same field as `field`, so an edit can record what it replaced.
    public func current(_ field: GoalField) -> GoalField {
        switch field {
        case .title: .title(title)
        case .area: .area(area)
        case .description: .description(description)
        case .status: .status(status)
        case .progress: .progress(progress)
        case .priority: .priority(priority)
        case .due: .due(due)
        case .level: .level(level)
        case .source: .source(source)
        case .countries: .countries(countries)
        case .tags: .tags(tags)
        }
    }

    /// Stores a field's value in the goal.
    mutating func assign(_ field: GoalField) {
        switch field {
        case .title(let v): title = v
        case .area(let v): area = v
        case .description(let v): description = v
        case .status(let v): status = v
        case .progress(let v): progress = v
        case .priority(let v): priority = v
        case .due(let v): due = v
        case .level(let v): level = v
        case .source(let v): source = v
        case .countries(let v): countries = v
        case .tags(let v): tags = v
        }
    }
}
