/// A goal or organization shown on the whole screen, and how far it is scrolled.
public struct DetailState: Equatable, Sendable {
    public var target: DetailTarget
    public var scroll = 0

    public init(target: DetailTarget, scroll: Int = 0) {
        self.target = target
        self.scroll = scroll
    }
}
