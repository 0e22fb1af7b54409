/// Which side of a column text sits on when padded to the column's width.
public enum TextAlignment: Sendable, Hashable {
    /// Text first, then spaces.
    case left
    /// Spaces first, then text.
    case right
}

extension String {
    /// This text made exactly `width` columns wide: truncated with `ellipsis` if too wide,
    /// else padded with spaces on the side opposite `alignment`.
    ///
    /// A truncated result one column short (when a wide character was dropped at the limit)
    /// is padded too, so table columns always line up. A `width` of 0 or less gives "".
    public func padded(toWidth width: Int, alignment: TextAlignment = .left, ellipsis: String = "…") -> String {
        let (text, textWidth) = truncatedMeasuringWidth(toWidth: width, ellipsis: ellipsis)
        let padding = width - textWidth
        guard padding > 0 else {
            return text
        }
        var result = ""
        result.reserveCapacity(text.utf8.count + padding)
        if alignment == .right {
            result.appendSpaces(padding)
        }
        result.append(text)
        if alignment == .left {
            result.appendSpaces(padding)
        }
        return result
    }

    /// Appends `count` spaces, copied a block at a time rather than a character at a time.
    private mutating func appendSpaces(_ count: Int) {
        let block = Self.spaces
        var remaining = count
        while remaining > 0 {
            let chunk = Swift.min(remaining, block.utf8.count)
            append(contentsOf: block[..<block.utf8.index(block.startIndex, offsetBy: chunk)])
            remaining -= chunk
        }
    }

    /// Spaces to pad with.
    private static let spaces = String(repeating: " ", count: 64)
}
