import AgendaModel

/// A pull reader of JSON text that reports every error with its byte offset.
///
/// Decoders drive it value by value (`readObject`, `readArray`, `readString`, ...), so an agenda file is
/// read in one pass with no intermediate tree; `readValue` builds a `JSONValue` for members the decoder
/// does not know. It accepts exactly RFC 8259 JSON, plus a leading UTF-8 byte-order mark, and nests
/// at most `maxDepth` levels so that hostile input cannot exhaust the stack.
public struct JSONReader {
    /// The deepest nesting of arrays and objects accepted.
    public static let maxDepth = 512

    /// The kinds of value that can come next.
    public enum Kind: String, Sendable {
        case object, array, string, number, bool, null
    }

    let bytes: UnsafeBufferPointer<UInt8>
    /// Offset of the next byte to read.
    public internal(set) var offset: Int
    var depth = 0
    /// The short texts read so far, shared; one table per reader that runs on its own thread.
    var interner = StringInterner()

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        offset = bytes.count >= 3 && bytes[0] == bom[0] && bytes[1] == bom[1] && bytes[2] == bom[2] ? 3 : 0
    }

    /// Reads a whole JSON text with `body`, then checks that nothing but whitespace follows.
    public static func read<T>(
        _ data: [UInt8], _ body: (inout JSONReader) throws(JSONSyntaxError) -> T
    ) throws(JSONSyntaxError) -> T {
        try data.withUnsafeBufferPointer { (buffer) throws(JSONSyntaxError) -> T in try read(buffer: buffer, body) }
    }

    /// Reads a whole JSON text in memory with `body`, then checks that nothing but whitespace follows.
    public static func read<T>(
        buffer: UnsafeBufferPointer<UInt8>, _ body: (inout JSONReader) throws(JSONSyntaxError) -> T
    ) throws(JSONSyntaxError) -> T {
        var reader = JSONReader(buffer)
        reader.skipWhitespace()
        let result = try body(&reader)
        reader.skipWhitespace()
        if reader.offset < buffer.count {
            throw JSONSyntaxError("unexpected \(reader.describeNext()) after the end of the document", at: reader.offset, structural: true)
        }
        return result
    }

    // MARK: - Looking ahead

    /// Skips spaces, tabs and line breaks.
    @inline(__always)
    mutating func skipWhitespace() {
        while offset < bytes.count {
            let byte = bytes[offset]
            guard byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 else { return }
            offset += 1
        }
    }

    /// The kind of the value that starts here.
    public mutating func peekKind() throws(JSONSyntaxError) -> Kind {
        skipWhitespace()
        guard offset < bytes.count else { throw JSONSyntaxError("unexpected end of file, expected a value", at: offset) }
        switch bytes[offset] {
        case UInt8(ascii: "{"): return .object
        case UInt8(ascii: "["): return .array
        case UInt8(ascii: "\""): return .string
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return .bool
        case UInt8(ascii: "n"): return .null
        default: throw JSONSyntaxError("expected a value, found \(describeNext())", at: offset)
        }
    }

    /// Consumes a `null` when one comes next and says whether it did.
    public mutating func readNullIfPresent() throws(JSONSyntaxError) -> Bool {
        skipWhitespace()
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: "n") else { return false }
        try expectLiteral("null")
        return true
    }

    /// A short description of the next byte for error messages: `'x'`, `end of file`.
    func describeNext() -> String {
        guard offset < bytes.count else { return "end of file" }
        let byte = bytes[offset]
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        if byte == 0 { return "a NUL byte" }
        if byte < 0x20 || byte == 0x7F { return "control byte 0x" + String(byte, radix: 16, uppercase: true) }
        return "byte 0x" + String(byte, radix: 16, uppercase: true)
    }

    // MARK: - Containers

    /// Reads an object, calling `body` for each member with its key; `body` must read the member's value.
    public mutating func readObject(
        _ body: (inout JSONReader, String) throws(JSONSyntaxError) -> Void
    ) throws(JSONSyntaxError) {
        guard try open(UInt8(ascii: "{"), closedBy: UInt8(ascii: "}"), "an object") else { return }
        while true {
            skipWhitespace()
            guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else {
                throw JSONSyntaxError("expected a member name in double quotes, found \(describeNext())", at: offset, structural: true)
            }
            let key = try readString()
            skipWhitespace()
            guard offset < bytes.count, bytes[offset] == UInt8(ascii: ":") else {
                throw JSONSyntaxError("expected ':' after the member name \"\(key)\", found \(describeNext())", at: offset, structural: true)
            }
            offset += 1
            skipWhitespace()
            try body(&self, key)
            skipWhitespace()
            guard offset < bytes.count else { throw JSONSyntaxError("unexpected end of file inside an object", at: offset, structural: true) }
            if bytes[offset] == UInt8(ascii: ",") {
                offset += 1
                continue
            }
            if bytes[offset] == UInt8(ascii: "}") {
                offset += 1
                break
            }
            throw JSONSyntaxError("expected ',' or '}' after a member, found \(describeNext())", at: offset, structural: true)
        }
        depth -= 1
    }

    /// Reads an array, calling `body` once per element; `body` must read the element.
    public mutating func readArray(_ body: (inout JSONReader) throws(JSONSyntaxError) -> Void) throws(JSONSyntaxError) {
        guard try openArray() else { return }
        _ = try readElements(body)
    }

    /// Moves past the `[` that opens an array, and past the `]` too when the array is empty; says whether
    /// elements follow.
    @inline(__always)
    mutating func openArray() throws(JSONSyntaxError) -> Bool {
        try open(UInt8(ascii: "["), closedBy: UInt8(ascii: "]"), "an array")
    }

    /// Moves past the bracket that opens a container (`what` for the error when another value comes),
    /// and past its closing bracket too when it is empty; says whether members or elements follow.
    @inline(__always)
    mutating func open(_ opening: UInt8, closedBy closing: UInt8, _ what: StaticString) throws(JSONSyntaxError) -> Bool {
        skipWhitespace()
        guard offset < bytes.count, bytes[offset] == opening else {
            throw JSONSyntaxError("expected \(what), found \(describeValueAhead())", at: offset)
        }
        try enter()
        offset += 1
        skipWhitespace()
        if offset < bytes.count, bytes[offset] == closing {
            offset += 1
            depth -= 1
            return false
        }
        return true
    }

    mutating func enter() throws(JSONSyntaxError) {
        depth += 1
        if depth > Self.maxDepth {
            throw JSONSyntaxError("nesting deeper than \(Self.maxDepth) levels", at: offset, structural: true)
        }
    }

    // MARK: - Scalars

    /// Reads `true` or `false`.
    public mutating func readBool() throws(JSONSyntaxError) -> Bool {
        skipWhitespace()
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "t") {
            try expectLiteral("true")
            return true
        }
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "f") {
            try expectLiteral("false")
            return false
        }
        throw JSONSyntaxError("expected true or false, found \(describeValueAhead())", at: offset)
    }

    private mutating func expectLiteral(_ literal: StaticString) throws(JSONSyntaxError) {
        let start = offset
        let count = literal.utf8CodeUnitCount
        let base = literal.utf8Start
        for index in 0..<count {
            guard offset < bytes.count, bytes[offset] == base[index] else {
                throw JSONSyntaxError("invalid literal, expected \(literal)", at: start)
            }
            offset += 1
        }
    }

    /// Reads a number and returns its text as written, after checking it against the JSON grammar.
    public mutating func readNumberText() throws(JSONSyntaxError) -> String {
        skipWhitespace()
        let start = offset
        try scanNumber()
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
    }

    /// Reads a number that must be a whole number within the range of `Int`.
    public mutating func readInt() throws(JSONSyntaxError) -> Int {
        skipWhitespace()
        let start = offset
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: "-") || isDigit(bytes[offset]) else {
            throw JSONSyntaxError("expected a whole number, found \(describeValueAhead())", at: offset)
        }
        try scanNumber()
        var value = 0
        var index = start
        let negative = bytes[index] == UInt8(ascii: "-")
        if negative { index += 1 }
        while index < offset {
            let byte = bytes[index]
            guard isDigit(byte) else { throw JSONSyntaxError("expected a whole number, found a fraction", at: start) }
            let (times, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times.addingReportingOverflow(Int(byte - UInt8(ascii: "0")))
            guard !overflow1, !overflow2 else { throw JSONSyntaxError("number too large", at: start) }
            value = sum
            index += 1
        }
        return negative ? -value : value
    }

    @inline(__always)
    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// Moves past a number, checking `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`.
    private mutating func scanNumber() throws(JSONSyntaxError) {
        let start = offset
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "-") { offset += 1 }
        guard offset < bytes.count, isDigit(bytes[offset]) else {
            throw JSONSyntaxError("invalid number: expected a digit", at: offset < bytes.count ? offset : start)
        }
        if bytes[offset] == UInt8(ascii: "0") {
            offset += 1
            if offset < bytes.count, isDigit(bytes[offset]) {
                throw JSONSyntaxError("invalid number: leading zero", at: start)
            }
        } else {
            while offset < bytes.count, isDigit(bytes[offset]) { offset += 1 }
        }
        if offset < bytes.count, bytes[offset] == UInt8(ascii: ".") {
            offset += 1
            guard offset < bytes.count, isDigit(bytes[offset]) else {
                throw JSONSyntaxError("invalid number: expected a digit after '.'", at: offset)
            }
            while offset < bytes.count, isDigit(bytes[offset]) { offset += 1 }
        }
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "e") || bytes[offset] == UInt8(ascii: "E") {
            offset += 1
            if offset < bytes.count, bytes[offset] == UInt8(ascii: "+") || bytes[offset] == UInt8(ascii: "-") {
                offset += 1
            }
            guard offset < bytes.count, isDigit(bytes[offset]) else {
                throw JSONSyntaxError("invalid number: expected a digit in the exponent", at: offset)
            }
            while offset < bytes.count, isDigit(bytes[offset]) { offset += 1 }
        }
    }

    /// The bytes of the string that comes next when it has no escapes and no control bytes, consumed;
    /// otherwise nil, and nothing is consumed. The bytes are not checked as UTF-8.
    mutating func readPlainStringBytes() -> UnsafeBufferPointer<UInt8>? {
        skipWhitespace()
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else { return nil }
        var end = offset + 1
        while end < bytes.count {
            let byte = bytes[end]
            if byte == UInt8(ascii: "\"") {
                let text = UnsafeBufferPointer(rebasing: bytes[(offset + 1)..<end])
                offset = end + 1
                return text
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 { return nil }
            end += 1
        }
        return nil
    }

    /// Reads a string, decoding escapes; the text must be valid UTF-8.
    public mutating func readString() throws(JSONSyntaxError) -> String {
        skipWhitespace()
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else {
            throw JSONSyntaxError("expected a string, found \(describeValueAhead())", at: offset)
        }
        let quote = offset
        offset += 1
        let start = offset
        // Fast path: no escapes, no control bytes.
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\"") {
                let text = try makeString(UnsafeBufferPointer(rebasing: bytes[start..<offset]), at: start)
                offset += 1
                return text
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 { break }
            offset += 1
        }
        var buffer = Array(UnsafeBufferPointer(rebasing: bytes[start..<offset]))
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\"") {
                offset += 1
                return try buffer.withUnsafeBufferPointer { (decoded) throws(JSONSyntaxError) -> String in
                    try makeString(decoded, at: start)
                }
            }
            if byte == 0x0A {
                throw JSONSyntaxError(
                    "line break inside a string: a closing quote is missing, or write the break as \\n", at: offset)
            }
            if byte < 0x20 {
                throw JSONSyntaxError(
                    "control character in a string; write it as an escape such as \\n or \\u00"
                        + (byte < 0x10 ? "0" : "") + String(byte, radix: 16, uppercase: true),
                    at: offset)
            }
            if byte != UInt8(ascii: "\\") {
                buffer.append(byte)
                offset += 1
                continue
            }
            let escape = offset
            offset += 1
            guard offset < bytes.count else { break }
            switch bytes[offset] {
            case UInt8(ascii: "\""): buffer.append(UInt8(ascii: "\""))
            case UInt8(ascii: "\\"): buffer.append(UInt8(ascii: "\\"))
            case UInt8(ascii: "/"): buffer.append(UInt8(ascii: "/"))
            case UInt8(ascii: "b"): buffer.append(0x08)
            case UInt8(ascii: "f"): buffer.append(0x0C)
            case UInt8(ascii: "n"): buffer.append(0x0A)
            case UInt8(ascii: "r"): buffer.append(0x0D)
            case UInt8(ascii: "t"): buffer.append(0x09)
            case UInt8(ascii: "u"):
                offset += 1
                var scalar = try readHex4(escapeAt: escape)
                if (0xD800...0xDBFF).contains(scalar) {
                    guard offset + 1 < bytes.count, bytes[offset] == UInt8(ascii: "\\"), bytes[offset + 1] == UInt8(ascii: "u") else {
                        throw JSONSyntaxError("invalid \\u escape: a high surrogate without its low surrogate", at: escape)
                    }
                    offset += 2
                    let low = try readHex4(escapeAt: offset - 2)
                    guard (0xDC00...0xDFFF).contains(low) else {
                        throw JSONSyntaxError("invalid \\u escape: a high surrogate without its low surrogate", at: escape)
                    }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00...0xDFFF).contains(scalar) {
                    throw JSONSyntaxError("invalid \\u escape: a low surrogate without its high surrogate", at: escape)
                }
                guard let value = Unicode.Scalar(scalar) else {
                    throw JSONSyntaxError("invalid \\u escape", at: escape)
                }
                buffer.append(contentsOf: UTF8.encode(value)!)
                continue
            default:
                throw JSONSyntaxError("invalid escape '\\\(Character(Unicode.Scalar(bytes[offset])))' in a string", at: escape)
            }
            offset += 1
        }
        throw JSONSyntaxError("unterminated string", at: quote)
    }

    private mutating func readHex4(escapeAt escape: Int) throws(JSONSyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard offset < bytes.count else { throw JSONSyntaxError("invalid \\u escape: expected 4 hex digits", at: escape) }
            let byte = bytes[offset]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw JSONSyntaxError("invalid \\u escape: expected 4 hex digits", at: escape)
            }
            value = value << 4 | UInt32(digit)
            offset += 1
        }
        return value
    }

    private func makeString(_ utf8: UnsafeBufferPointer<UInt8>, at start: Int) throws(JSONSyntaxError) -> String {
        // `String(decoding:)` is specialized for byte buffers, where `String(validating:)` goes through
        // generic code that costs a third of a load; the check before it keeps invalid bytes out.
        if UTF8Check.isValid(utf8) {
            if utf8.count >= StringInterner.shortest, utf8.count <= StringInterner.longest { return interner.string(utf8) }
            return String(decoding: utf8, as: UTF8.self)
        }
        // Find the first bad byte for the error's position.
        var iterator = utf8.makeIterator()
        var decoder = UTF8()
        var valid = 0
        while case .scalarValue(let scalar) = decoder.decode(&iterator) {
            valid += UTF8.width(scalar)
        }
        throw JSONSyntaxError("invalid UTF-8 in a string", at: start + valid)
    }

    // MARK: - Any value

    /// Reads any value into a `JSONValue`.
    public mutating func readValue() throws(JSONSyntaxError) -> JSONValue {
        switch try peekKind() {
        case .object:
            var members: [JSONMember] = []
            try readObject { (reader, key) throws(JSONSyntaxError) in
                members.append(JSONMember(key, try reader.readValue()))
            }
            return .object(members)
        case .array:
            var elements: [JSONValue] = []
            try readArray { (reader) throws(JSONSyntaxError) in
                elements.append(try reader.readValue())
            }
            return .array(elements)
        case .string:
            return .string(try readString())
        case .number:
            return .number(try readNumberText())
        case .bool:
            return .bool(try readBool())
        case .null:
            try expectLiteral("null")
            return .null
        }
    }

    /// Moves past one value of any kind.
    public mutating func skipValue() throws(JSONSyntaxError) {
        switch try peekKind() {
        case .object: try readObject { (reader, _) throws(JSONSyntaxError) in try reader.skipValue() }
        case .array: try readArray { (reader) throws(JSONSyntaxError) in try reader.skipValue() }
        case .string: _ = try readString()
        case .number: try scanNumber()
        case .bool: _ = try readBool()
        case .null: try expectLiteral("null")
        }
    }

    /// What the next value is, for messages such as "expected a string, found a number".
    func describeValueAhead() -> String {
        guard offset < bytes.count else { return "end of file" }
        switch bytes[offset] {
        case UInt8(ascii: "{"): return "an object"
        case UInt8(ascii: "["): return "an array"
        case UInt8(ascii: "\""): return "a string"
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return "a number"
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return "true or false"
        case UInt8(ascii: "n"): return "null"
        default: return describeNext()
        }
    }
}
