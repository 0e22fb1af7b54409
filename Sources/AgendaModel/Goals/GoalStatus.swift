/// Where a goal stands: proposed, active, blocked, achieved or dropped.
public struct GoalStatus: KnownValue {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let proposed = GoalStatus(rawValue: "proposed")
    public static let active = GoalStatus(rawValue: "active")
    public static let blocked = GoalStatus(rawValue: "blocked")
    public static let achieved = GoalStatus(rawValue: "achieved")
    public static let dropped = GoalStatus(rawValue: "dropped")

    public static let known: [GoalStatus] = [.proposed, .active, .blocked, .achieved, .dropped]

    /// Whether the goal is finished one way or the other (achieved or dropped).
    public var isClosed: Bool { self == .achieved || self == .dropped }
}
