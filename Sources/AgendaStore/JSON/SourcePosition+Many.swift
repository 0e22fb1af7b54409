/// Line and column of many offsets at once, for a file with many problems.
extension SourcePosition {
    /// The position of each offset, as `init(offset:in:)` gives it, in one pass over the text.
    public static func positions(of offsets: [Int], in bytes: [UInt8]) -> [SourcePosition] {
        let order = offsets.indices.sorted { offsets[$0] < offsets[$1] }
        var result = [SourcePosition](repeating: SourcePosition(line: 1, column: 1), count: offsets.count)
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            var line = 1
            var column = 1
            for position in order {
                let end = min(max(offsets[position], 0), buffer.count)
                while index < end {
                    let byte = buffer[index]
                    if byte == UInt8(ascii: "\n") {
                        line += 1
                        column = 1
                    } else if byte & 0xC0 != 0x80 {
                        // Characters count as scalar starts: every byte that is not a continuation byte.
                        column += 1
                    }
                    index += 1
                }
                result[position] = SourcePosition(line: line, column: column)
            }
        }
        return result
    }
}
