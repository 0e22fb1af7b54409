/// The scrolling of a list: which rows show in a window of a given height, keeping the selection visible.
public struct ListViewport: Equatable, Sendable {
    /// The index of the first row shown.
    public var offset: Int

    public init(offset: Int = 0) {
        self.offset = offset
    }

    /// Scrolls as little as needed so that `selection` shows in a window of `height` rows over `count` rows.
    public mutating func reveal(_ selection: Int, height: Int, count: Int) {
        guard height > 0, count > 0 else {
            offset = 0
            return
        }
        if selection < offset { offset = selection }
        if selection >= offset + height { offset = selection - height + 1 }
        offset = min(max(0, offset), max(0, count - height))
    }

    /// Scrolls by `rows` (negative scrolls up), within the list's bounds.
    public mutating func scroll(by rows: Int, height: Int, count: Int) {
        offset = min(max(0, offset + rows), max(0, count - height))
    }

    /// The rows shown in a window of `height`.
    public func visible(height: Int, count: Int) -> Range<Int> {
        let start = min(offset, count)
        return start..<min(count, start + max(0, height))
    }
}
