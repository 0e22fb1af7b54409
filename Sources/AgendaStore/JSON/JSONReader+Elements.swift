/// Reading an array element by element, with a stop at a given offset, so that two readers can share
/// one long array: one reads up to an element boundary, the other from it.
extension JSONReader {
    /// How reading the first part of an array ended.
    enum PartEnd {
        /// The next element starts at the boundary; the array is still open.
        case atBoundary
        /// The array closed before the boundary was reached.
        case closed
    }

    /// A reader of the same bytes from `offset`, nested one level deeper than this one (inside an
    /// array this reader is about to open).
    func elementReader(at offset: Int) -> JSONReader {
        var reader = self
        reader.offset = offset
        reader.depth = depth + 1
        reader.interner = StringInterner()
        return reader
    }

    /// Reads an array, calling `body` for each element, until the array closes or the next element
    /// would start exactly at `boundary`.
    mutating func readArray(
        stoppingAt boundary: Int, _ body: (inout JSONReader) throws(JSONSyntaxError) -> Void
    ) throws(JSONSyntaxError) -> PartEnd {
        guard try openArray() else { return .closed }
        return try readElements(stoppingAt: boundary, body)
    }

    /// Reads the rest of an array already open, from an element's start to the closing `]`.
    mutating func readRestOfArray(_ body: (inout JSONReader) throws(JSONSyntaxError) -> Void) throws(JSONSyntaxError) {
        _ = try readElements(body)
    }

    /// Reads the elements of an open array and its closing `]`, or stops where the next element would
    /// start exactly at `boundary`.
    @inline(__always)
    mutating func readElements(
        stoppingAt boundary: Int? = nil, _ body: (inout JSONReader) throws(JSONSyntaxError) -> Void
    ) throws(JSONSyntaxError) -> PartEnd {
        while true {
            skipWhitespace()
            if offset == boundary { return .atBoundary }
            try body(&self)
            skipWhitespace()
            guard offset < bytes.count else { throw JSONSyntaxError("unexpected end of file inside an array", at: offset, structural: true) }
            if bytes[offset] == UInt8(ascii: ",") {
                offset += 1
                continue
            }
            if bytes[offset] == UInt8(ascii: "]") {
                offset += 1
                depth -= 1
                return .closed
            }
            throw JSONSyntaxError("expected ',' or ']' after an element, found \(describeNext())", at: offset, structural: true)
        }
    }

    /// Where an element of a top-level array probably starts in the second half of what is left:
    /// the documented layout writes `},` and a line break before each element at four spaces, and a
    /// line break is never inside a string. Nil when the layout is not found.
    func likelyElementBoundary(after start: Int) -> Int? {
        let pattern: [UInt8] = Array("},\n    {".utf8)
        var index = start
        let last = bytes.count - pattern.count
        while index <= last {
            if bytes[index] == pattern[0], bytes[index + 2] == pattern[2] {
                var matches = true
                for offset in 1..<pattern.count where bytes[index + offset] != pattern[offset] {
                    matches = false
                    break
                }
                if matches { return index + pattern.count - 1 }
            }
            index += 1
        }
        return nil
    }
}
