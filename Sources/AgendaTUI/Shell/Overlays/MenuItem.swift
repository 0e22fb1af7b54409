/// One line of a menu: its label, and whether it is the current choice (or, in a tick list, ticked).
public struct MenuItem: Equatable, Sendable {
    public var label: String
    public var isCurrent: Bool
    /// Words the search also finds the item by, not shown (a community's names in other languages).
    public var keywords: String
    /// The name the item stands for, as someone would type it: a typed name that is exactly this one is
    /// not offered as a new one. The label unless given.
    public var name: String

    public init(label: String, isCurrent: Bool = false, keywords: String = "", name: String? = nil) {
        self.label = label
        self.isCurrent = isCurrent
        self.keywords = keywords
        self.name = name ?? label
    }
}
