import Foundation

/// The kind of an intervention: a new point, a reply, a clarifying question, or a point of order.
public struct InterventionKind: KnownValue {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let newPoint = InterventionKind(rawValue: "new-point")
    public static let reply = InterventionKind(rawValue: "reply")
    public static let clarifyingQuestion = InterventionKind(rawValue: "clarifying-question")
    public static let pointOfOrder = InterventionKind(rawValue: "point-of-order")

    public static let known: [InterventionKind] = [.newPoint, .reply, .clarifyingQuestion, .pointOfOrder]
}

/// Someone who asked to speak: who, for which organization, what kind of intervention, in which
/// language, when they asked, and when they spoke.
public struct Speaker: Equatable, Sendable, Identifiable {
    /// An id unique in its session, such as `P-7`.
    public var id: String
    public var name: String
    /// The speaker's organization, by id.
    public var organization: String?
    public var kind: InterventionKind
    /// The language they speak in, ISO 639-1.
    public var language: String?
    /// The item they asked to speak on, by id.
    public var item: String?
    public var addedAt: Date
    public var startedAt: Date?
    public var endedAt: Date?
    public var extras: ExtraFields

    public init(
        id: String, name: String, organization: String? = nil, kind: InterventionKind = .newPoint, language: String? = nil,
        item: String? = nil, addedAt: Date, startedAt: Date? = nil, endedAt: Date? = nil, extras: ExtraFields = ExtraFields()
    ) {
        self.id = id
        self.name = name
        self.organization = organization
        self.kind = kind
        self.language = language
        self.item = item
        self.addedAt = addedAt
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.extras = extras
    }

    /// Whether the speaker is waiting for their turn.
    public var isWaiting: Bool { startedAt == nil }
    /// Whether the speaker has the floor now.
    public var isSpeaking: Bool { startedAt != nil && endedAt == nil }

    /// Seconds spoken by an instant.
    public func spoken(at now: Date) -> TimeInterval {
        guard let start = startedAt else { return 0 }
        return max(0, (endedAt ?? now).timeIntervalSince(start))
    }
}
