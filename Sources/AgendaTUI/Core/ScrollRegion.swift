/// A region of the screen whose text scrolls, and that reports how far it can scroll when drawn.
public enum ScrollRegion: String, Sendable, CaseIterable {
    /// The detail pane beside or below a list (a goal's, an area's, an organization's).
    case detailPane
    /// A goal or organization shown on the whole screen.
    case detailScreen
    /// The help overlay.
    case help
}
