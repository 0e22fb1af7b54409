/// The dashboard view: which figure row is selected, and how far it is scrolled.
public struct DashboardState: Equatable, Sendable {
    /// The selected row, among those that lead to goals.
    public var selection = 0
    public var scroll = 0

    public init() {}
}
