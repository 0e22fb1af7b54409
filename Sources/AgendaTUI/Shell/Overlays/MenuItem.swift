/// One line of a menu: its label, and whether it is the current choice (or, in a tick list, ticked).
public struct MenuItem: Equatable, Sendable {
    public var label: String
    public var isCurrent: Bool

    public init(label: String, isCurrent: Bool = false) {
        self.label = label
        self.isCurrent = isCurrent
    }
}
