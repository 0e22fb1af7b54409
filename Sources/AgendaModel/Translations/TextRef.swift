/// Where a text that people write lives in an agenda, so that it can be translated: a field of a goal,
/// an area, an organization, a session, a free topic of a session, or one of its decisions.
public enum TextRef: Hashable, Sendable {
    /// A goal's `title` or `description`.
    case goal(String, field: String)
    /// An area's `name` or `description`.
    case area(String, field: String)
    /// An organization's `name`.
    case organization(String)
    /// A session's `title`.
    case session(String)
    /// A free topic of a session's run-of-show.
    case topic(session: String, item: String)
    /// A decision taken on an item of a session, by its position among the item's decisions.
    case decision(session: String, item: String, index: Int)

    /// The field the text is in, as `Translations` keys it.
    public var field: String {
        switch self {
        case .goal(_, let field), .area(_, let field): field
        case .organization: "name"
        case .session: "title"
        case .topic: "topic"
        case .decision: "text"
        }
    }

    /// The text's place as one line of words (`goal G-SEYX title`, `item S-1 I-2 topic`), as a PO
    /// file's `msgctxt` names it; `init(context:)` reads it back.
    public var context: String {
        switch self {
        case .goal(let id, let field): "goal \(id) \(field)"
        case .area(let id, let field): "area \(id) \(field)"
        case .organization(let id): "organization \(id) name"
        case .session(let id): "session \(id) title"
        case .topic(let session, let item): "item \(session) \(item) topic"
        case .decision(let session, let item, let index): "decision \(session) \(item) \(index) text"
        }
    }

    /// The place a context names, or nil when it names none.
    public init?(context: String) {
        let parts = context.split(separator: " ").map(String.init)
        switch (parts.first, parts.count) {
        case ("goal", 3) where ["title", "description"].contains(parts[2]): self = .goal(parts[1], field: parts[2])
        case ("area", 3) where ["name", "description"].contains(parts[2]): self = .area(parts[1], field: parts[2])
        case ("organization", 3) where parts[2] == "name": self = .organization(parts[1])
        case ("session", 3) where parts[2] == "title": self = .session(parts[1])
        case ("item", 4) where parts[3] == "topic": self = .topic(session: parts[1], item: parts[2])
        case ("decision", 5) where parts[4] == "text":
            guard let index = Int(parts[3]), index >= 0 else { return nil }
            self = .decision(session: parts[1], item: parts[2], index: index)
        default: return nil
        }
    }
}
