import AgendaLocalization

/// The terminal's size in columns and rows.
public struct Size: Equatable, Sendable {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// The smallest terminal the screens draw on; below it they say the terminal is too small.
    public static let minimum = Size(width: 30, height: 8)

    /// Whether the size is at least the minimum.
    public var isUsable: Bool { width >= Size.minimum.width && height >= Size.minimum.height }
}
