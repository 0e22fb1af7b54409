extension DisplayWidth {
    /// Calls `body` with the UTF-8 bytes of `text`, copying them only if they are not contiguous.
    @inline(__always)
    static func withUTF8<Result>(_ text: Substring, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) {
            return result
        }
        var copy = String(text)
        return copy.withUTF8(body)
    }

    /// The number of leading bytes that are printable ASCII (0x20 to 0x7E).
    @inline(__always)
    static func printableASCIIPrefixLength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        for byte in bytes {
            guard byte &- 0x20 < 0x5F else { break }
            count &+= 1
        }
        return count
    }

    /// The width of `text`, summed over its grapheme clusters.
    @usableFromInline
    static func width(of text: Substring) -> Int {
        withUTF8(text) { bytes in
            let ascii = printableASCIIPrefixLength(bytes)
            if ascii == bytes.count {
                return ascii
            }
            // All bytes of the printable-ASCII prefix but the last are clusters of their own;
            // the last may take combining marks after it.
            let settled = Swift.max(ascii - 1, 0)
            var total = settled
            var scanner = ClusterScanner(text, bytes: bytes, from: settled)
            while let cluster = scanner.next() {
                total &+= cluster.width
            }
            return total
        }
    }
}
