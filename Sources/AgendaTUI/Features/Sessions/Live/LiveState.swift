/// A session being run live (on the screen, or on the presenter screen).
public struct LiveState: Equatable, Sendable {
    public var session: String

    public init(session: String) {
        self.session = session
    }
}
