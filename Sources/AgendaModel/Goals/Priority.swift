/// How urgent a goal is: low, medium or high.
public struct Priority: KnownValue, Comparable {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let low = Priority(rawValue: "low")
    public static let medium = Priority(rawValue: "medium")
    public static let high = Priority(rawValue: "high")

    public static let known: [Priority] = [.low, .medium, .high]

    /// Rank for sorting: high first when sorted descending; unknown values rank below low.
    public var rank: Int { Priority.known.firstIndex(of: self) ?? -1 }

    public static func < (lhs: Priority, rhs: Priority) -> Bool { lhs.rank < rhs.rank }
}
