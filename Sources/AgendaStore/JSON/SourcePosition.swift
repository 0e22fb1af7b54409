/// A line and column in a text, both counted from 1; columns count Unicode characters, not bytes.
public struct SourcePosition: Equatable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The position of a byte offset in UTF-8 text. Offsets past the end give the end's position.
    public init(offset: Int, in bytes: [UInt8]) {
        self = bytes.withUnsafeBufferPointer { SourcePosition(offset: offset, in: $0) }
    }

    /// The position of a byte offset in UTF-8 text held in memory.
    public init(offset: Int, in buffer: UnsafeBufferPointer<UInt8>) {
        var line = 1
        var lineStart = 0
        let end = min(max(offset, 0), buffer.count)
        for index in 0..<end where buffer[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        // Count characters as scalar starts: every byte that is not a UTF-8 continuation byte.
        var column = 1
        for index in lineStart..<end where buffer[index] & 0xC0 != 0x80 {
            column += 1
        }
        self.init(line: line, column: column)
    }

    public var description: String { "\(line):\(column)" }
}
