extension String {
    /// The longest prefix of whole grapheme clusters that fits in `width` columns, and its width.
    ///
    /// Clusters are never split; a wide character that would straddle the limit is left out,
    /// so the prefix's width may be one less than `width`. Zero-width clusters right after the
    /// last one that fits are kept. A `width` of 0 or less gives an empty prefix.
    public func prefix(fittingWidth width: Int) -> (prefix: Substring, width: Int) {
        let text = self[...]
        guard width > 0 else {
            return (text[..<startIndex], 0)
        }
        let (end, used) = DisplayWidth.withUTF8(text) { bytes -> (Int, Int) in
            let ascii = DisplayWidth.printableASCIIPrefixLength(bytes)
            if ascii == bytes.count || ascii > width {
                // Each of the first `taken` bytes is a cluster of its own: a printable ASCII
                // byte followed by another one, or by nothing.
                let taken = Swift.min(ascii, width)
                return (taken, taken)
            }
            var used = Swift.max(ascii - 1, 0)
            var end = used
            var scanner = ClusterScanner(text, bytes: bytes, from: end)
            while let cluster = scanner.next(), used + cluster.width <= width {
                used += cluster.width
                end = cluster.end
            }
            return (end, used)
        }
        return (text[..<utf8.index(startIndex, offsetBy: end)], used)
    }

    /// This text cut to fit in `width` columns, ending with `ellipsis` when anything was cut.
    ///
    /// Text that fits is returned unchanged. Otherwise the result is the longest prefix of whole
    /// grapheme clusters that fits together with the ellipsis; it never exceeds `width` columns,
    /// and a wide character that would straddle the limit is dropped. When `width` is narrower
    /// than the ellipsis itself, as many columns of the text as fit are returned, without it.
    /// A `width` of 0 or less gives "".
    public func truncated(toWidth width: Int, ellipsis: String = "…") -> String {
        truncatedMeasuringWidth(toWidth: width, ellipsis: ellipsis).text
    }

    /// `truncated(toWidth:ellipsis:)` together with the width of its result.
    func truncatedMeasuringWidth(toWidth width: Int, ellipsis: String) -> (text: String, width: Int) {
        guard width > 0 else {
            return ("", 0)
        }
        let text = self[...]
        let ellipsisWidth = DisplayWidth.of(ellipsis)
        let showsEllipsis = ellipsisWidth <= width
        // The columns left for the text if it has to be cut.
        let budget = showsEllipsis ? width - ellipsisWidth : width
        // Where to cut (a byte offset, nil if the whole text fits) and the width kept.
        let (cutEnd, kept) = DisplayWidth.withUTF8(text) { bytes -> (Int?, Int) in
            let ascii = DisplayWidth.printableASCIIPrefixLength(bytes)
            if ascii == bytes.count {
                return ascii <= width ? (nil, ascii) : (budget, budget)
            }
            // All bytes of the printable-ASCII prefix but the last are one-column clusters.
            var used = Swift.max(ascii - 1, 0)
            var kept = Swift.min(used, budget)
            var keptEnd = kept
            var scanner = ClusterScanner(text, bytes: bytes, from: used)
            while let cluster = scanner.next() {
                used += cluster.width
                if used > width {
                    return (keptEnd, kept)
                }
                if used <= budget {
                    kept = used
                    keptEnd = cluster.end
                }
            }
            return (nil, used)
        }
        guard let cutEnd else {
            return (self, kept)
        }
        var result = String(text[..<utf8.index(startIndex, offsetBy: cutEnd)])
        guard showsEllipsis else {
            return (result, kept)
        }
        result.append(ellipsis)
        return (result, kept + ellipsisWidth)
    }
}
