/// The level of government a goal works at, from the whole hemisphere down to a municipality.
public struct GovernmentLevel: KnownValue {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let hemispheric = GovernmentLevel(rawValue: "hemispheric")
    public static let binational = GovernmentLevel(rawValue: "binational")
    public static let national = GovernmentLevel(rawValue: "national")
    public static let state = GovernmentLevel(rawValue: "state")
    public static let municipal = GovernmentLevel(rawValue: "municipal")

    public static let known: [GovernmentLevel] = [.hemispheric, .binational, .national, .state, .municipal]
}
