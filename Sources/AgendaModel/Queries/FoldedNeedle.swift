import Foundation

/// A search text folded once, found in other texts without building folded strings for them.
///
/// `FoldedNeedle("michoacan").isFound(in: "Federación de Michoacán")` is true. ASCII text is compared
/// byte by byte with its capitals lowered on the fly; other text is folded into a scratch buffer first.
public struct FoldedNeedle: Sendable {
    /// The folded search text as UTF-8.
    public let bytes: [UInt8]

    public init(_ text: String) {
        bytes = Array(TextFolding.fold(text).utf8)
    }

    /// Whether the search text is empty (it is then found everywhere).
    public var isEmpty: Bool { bytes.isEmpty }

    /// Whether the folded form of `text` contains the search text.
    public func isFound(in text: String) -> Bool {
        guard !bytes.isEmpty else { return true }
        var text = text
        return text.withUTF8 { utf8 in
            if !utf8.contains(where: { $0 >= 0x80 }) {
                return Self.search(bytes, inASCII: utf8)
            }
            var folded: [UInt8] = []
            folded.reserveCapacity(utf8.count)
            TextFolding.foldBytes(utf8, into: &folded)
            return folded.withUnsafeBufferPointer { Self.search(bytes, inFolded: $0) }
        }
    }

    /// Whether the needle occurs in ASCII text whose capitals are lowered as they are compared.
    static func search(_ needle: [UInt8], inASCII hay: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = needle.count
        guard hay.count >= count else { return false }
        let first = needle[0]
        let firstUpper = first >= 0x61 && first <= 0x7A ? first - 0x20 : first
        var index = 0
        let last = hay.count - count
        while index <= last {
            let byte = hay[index]
            if byte == first || byte == firstUpper {
                var matched = 1
                while matched < count {
                    var b = hay[index + matched]
                    if b >= 0x41 && b <= 0x5A { b += 0x20 }
                    if b != needle[matched] { break }
                    matched += 1
                }
                if matched == count { return true }
            }
            index += 1
        }
        return false
    }

    /// Whether the needle occurs in already folded text.
    public static func search(_ needle: [UInt8], inFolded hay: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = needle.count
        guard hay.count >= count, let base = hay.baseAddress else { return false }
        return needle.withUnsafeBufferPointer { n in
            let first = Int32(n[0])
            var start = base
            let end = base + (hay.count - count + 1)
            while start < end {
                guard let found = memchr(start, first, end - start) else { return false }
                let candidate = UnsafePointer(found.assumingMemoryBound(to: UInt8.self))
                if memcmp(candidate, n.baseAddress!, count) == 0 { return true }
                start = candidate + 1
            }
            return false
        }
    }
}
