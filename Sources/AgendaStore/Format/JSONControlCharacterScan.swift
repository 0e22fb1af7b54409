import AgendaModel

/// Finds every string value of a JSON text that holds a control character, in one pass over it.
///
/// A value counts the characters `escapingControls(multiline: true)` escapes: line feeds, tabs and a
/// carriage return right before a line feed are ordinary text and are not counted. Keys are not
/// looked at. Each control character is found where the file has it, whether written as an escape
/// (`\u001b`, `\b`) or, for DEL, C1 and bidirectional controls, as raw UTF-8.
enum JSONControlCharacterScan {
    /// The findings in file order; on a syntax error, those found before it.
    static func findings(in bytes: [UInt8]) -> [ControlCharacterFinding] {
        var found: [ControlCharacterFinding] = []
        var path: [PathComponent] = []
        _ = try? JSONReader.read(bytes) { (reader) throws(JSONSyntaxError) -> Void in
            try walk(&reader, path: &path, found: &found)
        }
        return found
    }

    /// Reads the value the reader is at, looking into every string inside it.
    private static func walk(
        _ reader: inout JSONReader, path: inout [PathComponent], found: inout [ControlCharacterFinding]
    ) throws(JSONSyntaxError) {
        switch try reader.peekKind() {
        case .object:
            try reader.readObject { (inner, key) throws(JSONSyntaxError) in
                path.append(.key(key))
                defer { path.removeLast() }
                try walk(&inner, path: &path, found: &found)
            }
        case .array:
            var index = 0
            try reader.readArray { (inner) throws(JSONSyntaxError) in
                path.append(.index(index))
                defer { path.removeLast() }
                try walk(&inner, path: &path, found: &found)
                index += 1
            }
        case .string:
            reader.skipWhitespace()
            let quote = reader.offset
            try reader.skipString()
            if let (character, offset, count) = scan(reader.bytes, from: quote + 1, to: reader.offset - 1) {
                found.append(ControlCharacterFinding(path: path, character: character, count: count, offset: offset))
            }
        default:
            try reader.skipValue()
        }
    }

    /// The first control character in the text of a valid string literal (its bytes between the
    /// quotes), its offset and how many there are; nil when there is none.
    static func scan(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int
    ) -> (character: ControlCharacter, offset: Int, count: Int)? {
        var first: (character: ControlCharacter, offset: Int)?
        var count = 0
        func note(_ value: UInt32, at offset: Int) {
            count += 1
            if first == nil, let scalar = Unicode.Scalar(value), let character = ControlCharacter(scalar) {
                first = (character, offset)
            }
        }
        /// Whether the escape at `index` is a line feed, `\n` or `\u000a`.
        func isLineFeed(at index: Int) -> Bool {
            guard index + 1 < end, bytes[index] == UInt8(ascii: "\\") else { return false }
            if bytes[index + 1] == UInt8(ascii: "n") { return true }
            return index + 5 < end && bytes[index + 1] == UInt8(ascii: "u") && hex4(at: index + 2) == 0x0A
        }
        func hex4(at index: Int) -> UInt32 {
            var value: UInt32 = 0
            for offset in index..<min(index + 4, end) {
                let byte = bytes[offset]
                let digit: UInt8 = switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
                case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
                default: byte &- UInt8(ascii: "A") &+ 10
                }
                value = value << 4 | UInt32(digit & 0xF)
            }
            return value
        }
        var index = start
        while index < end {
            switch bytes[index] {
            case UInt8(ascii: "\\") where index + 1 < end:
                switch bytes[index + 1] {
                case UInt8(ascii: "u"):
                    let value = hex4(at: index + 2)
                    if value == 0x0D {
                        if !isLineFeed(at: index + 6) { note(value, at: index) }
                    } else if value != 0x0A, value != 0x09, ControlCharacter.isControl(value) {
                        note(value, at: index)
                    }
                    index += 6
                case UInt8(ascii: "r"):
                    if !isLineFeed(at: index + 2) { note(0x0D, at: index) }
                    index += 2
                case UInt8(ascii: "b"):
                    note(0x08, at: index)
                    index += 2
                case UInt8(ascii: "f"):
                    note(0x0C, at: index)
                    index += 2
                default:
                    index += 2
                }
            case 0x7F:
                note(0x7F, at: index)
                index += 1
            case 0xC2 where index + 1 < end:
                if bytes[index + 1] < 0xA0 { note(UInt32(bytes[index + 1]), at: index) }
                index += 2
            case 0xE2 where index + 2 < end:
                let value = 0x2000 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                if ControlCharacter.isControl(value) { note(value, at: index) }
                index += 3
            default:
                index += 1
            }
        }
        return first.map { ($0.character, $0.offset, count) }
    }
}
