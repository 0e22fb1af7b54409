import AgendaModel
import Foundation

/// Writes pretty-printed JSON in the agenda files' layout: two-space indent, one member or element per
/// line, `"key": value`, `[]` and `{}` for empty containers, non-ASCII text as raw UTF-8 (but for the
/// characters terminals obey, escaped: see `writeQuoted`).
///
/// The caller opens and closes containers and writes members in the order the format documents; the
/// writer places commas, line breaks and indentation.
public struct JSONWriter {
    /// The bytes written so far.
    public private(set) var bytes: [UInt8] = []
    /// For each open container, whether it has no member yet.
    private var empty: [Bool] = []

    public init(capacity: Int = 4096) {
        bytes.reserveCapacity(capacity)
    }

    /// The finished text with its final newline.
    public mutating func finish() -> [UInt8] {
        bytes.append(0x0A)
        return bytes
    }

    // MARK: - Containers

    /// Opens an object as a value.
    public mutating func beginObject() {
        bytes.append(UInt8(ascii: "{"))
        empty.append(true)
    }

    /// Closes the innermost object.
    public mutating func endObject() {
        close(UInt8(ascii: "}"))
    }

    /// Opens an array as a value.
    public mutating func beginArray() {
        bytes.append(UInt8(ascii: "["))
        empty.append(true)
    }

    /// Closes the innermost array.
    public mutating func endArray() {
        close(UInt8(ascii: "]"))
    }

    private mutating func close(_ bracket: UInt8) {
        let wasEmpty = empty.removeLast()
        if !wasEmpty {
            newline()
        }
        bytes.append(bracket)
    }

    /// Starts an element of the innermost array; the caller then writes its value.
    public mutating func element() {
        separate()
    }

    /// Starts a member of the innermost object; the caller then writes its value.
    public mutating func key(_ name: String) {
        separate()
        writeQuoted(name)
        bytes.append(UInt8(ascii: ":"))
        bytes.append(UInt8(ascii: " "))
    }

    private mutating func separate() {
        if empty[empty.count - 1] {
            empty[empty.count - 1] = false
        } else {
            bytes.append(UInt8(ascii: ","))
        }
        newline()
    }

    private mutating func newline() {
        bytes.append(0x0A)
        for _ in 0..<empty.count {
            bytes.append(0x20)
            bytes.append(0x20)
        }
    }

    // MARK: - Scalars

    public mutating func string(_ text: String) {
        writeQuoted(text)
    }

    public mutating func int(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    public mutating func bool(_ value: Bool) {
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    public mutating func null() {
        bytes.append(contentsOf: "null".utf8)
    }

    /// Writes number text that is already valid JSON, as a reader kept it.
    public mutating func numberText(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// Writes any value, in the same layout.
    public mutating func value(_ value: JSONValue) {
        switch value {
        case .null: null()
        case .bool(let flag): bool(flag)
        case .number(let text): numberText(text)
        case .string(let text): string(text)
        case .array(let elements):
            beginArray()
            for item in elements {
                element()
                self.value(item)
            }
            endArray()
        case .object(let members):
            beginObject()
            for member in members {
                key(member.key)
                self.value(member.value)
            }
            endObject()
        }
    }

    // MARK: - Convenience for members

    public mutating func member(_ name: String, _ text: String) {
        key(name)
        string(text)
    }

    /// Writes the member only when the text is present.
    public mutating func member(_ name: String, _ text: String?) {
        guard let text else { return }
        member(name, text)
    }

    public mutating func member(_ name: String, _ value: Int) {
        key(name)
        int(value)
    }

    /// Writes an array of strings as a member.
    public mutating func member(_ name: String, _ list: [String]) {
        key(name)
        beginArray()
        for item in list {
            element()
            string(item)
        }
        endArray()
    }

    /// Writes the unknown members kept from the file, after the known ones.
    public mutating func extras(_ extras: ExtraFields) {
        for member in extras.members {
            key(member.key)
            value(member.value)
        }
    }

    /// Writes a time as a member, in the files' ISO 8601 UTC form, digit by digit with no string made.
    public mutating func member(_ name: String, time: Date) {
        key(name)
        let (day, secondOfDay, millis) = Timestamp.parts(time)
        func digits(_ value: Int, _ count: Int) {
            var divisor = 1
            for _ in 1..<count { divisor *= 10 }
            var value = value
            for _ in 0..<count {
                bytes.append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
                value %= divisor
                divisor /= 10
                if divisor == 0 { break }
            }
        }
        bytes.append(UInt8(ascii: "\""))
        if day.year > 9999 || day.year < 0 {
            bytes.append(contentsOf: Timestamp.format(time).utf8)
        } else {
            digits(day.year, 4)
            bytes.append(UInt8(ascii: "-"))
            digits(day.month, 2)
            bytes.append(UInt8(ascii: "-"))
            digits(day.day, 2)
            bytes.append(UInt8(ascii: "T"))
            digits(secondOfDay / 3600, 2)
            bytes.append(UInt8(ascii: ":"))
            digits(secondOfDay / 60 % 60, 2)
            bytes.append(UInt8(ascii: ":"))
            digits(secondOfDay % 60, 2)
            if millis != 0 {
                bytes.append(UInt8(ascii: "."))
                digits(millis, 3)
            }
            bytes.append(UInt8(ascii: "Z"))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Writes a time as a member when there is one.
    public mutating func member(_ name: String, time: Date?) {
        guard let time else { return }
        member(name, time: time)
    }

    // MARK: - Parts written apart

    /// A writer for elements of the innermost array, to be written apart (on another core) and then
    /// appended with `append(part:)`: `first` tells whether they start the array.
    public func part(startingArray first: Bool, capacity: Int = 4096) -> JSONWriter {
        var writer = JSONWriter(capacity: capacity)
        writer.empty = empty
        writer.empty[writer.empty.count - 1] = first
        return writer
    }

    /// Makes room for `count` more bytes at once.
    public mutating func reserve(_ count: Int) {
        bytes.reserveCapacity(bytes.count + count + 64 * 1024)
    }

    /// Appends the bytes of a part written apart; `wroteElements` tells whether it held any element.
    public mutating func append(part: JSONWriter, wroteElements: Bool) {
        if bytes.capacity < bytes.count + part.bytes.count {
            bytes.reserveCapacity(bytes.count + part.bytes.count + bytes.count / 8)
        }
        bytes.append(contentsOf: part.bytes)
        if wroteElements { empty[empty.count - 1] = false }
    }

    // MARK: - Strings

    /// Writes text in double quotes, escaping what JSON requires and what terminals would obey.
    ///
    /// Besides `"`, `\` and the C0 controls, which JSON requires escaped, the other characters terminals
    /// obey (DEL, the C1 controls, the bidirectional controls U+202A–U+202E and U+2066–U+2069) and U+2028,
    /// U+2029 (line breaks to JavaScript) are written as `\uXXXX`: no file or JSON output shown on a
    /// terminal, or pasted into a script, carries them raw, and readers still get the exact text back.
    private mutating func writeQuoted(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var runStart = 0
            var index = 0
            while index < utf8.count {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0x7F || byte == 0xC2
                    || byte == 0xE2
                else {
                    index += 1
                    continue
                }
                // The scalar to write as \uXXXX, and how many bytes it takes, or nil to keep the byte.
                var escaped: (scalar: UInt32, length: Int)?
                switch byte {
                case 0xC2:
                    if index + 1 < utf8.count, utf8[index + 1] < 0xA0 { escaped = (UInt32(utf8[index + 1]), 2) }
                case 0xE2:
                    if index + 2 < utf8.count {
                        let scalar = 0x2000 | UInt32(utf8[index + 1] & 0x3F) << 6 | UInt32(utf8[index + 2] & 0x3F)
                        if utf8[index + 1] & 0xC0 == 0x80, (0x2028...0x202E).contains(scalar) || (0x2066...0x2069).contains(scalar) {
                            escaped = (scalar, 3)
                        }
                    }
                default:
                    escaped = (UInt32(byte), 1)
                }
                guard let (scalar, length) = escaped else {
                    index += 1
                    continue
                }
                if runStart < index {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                }
                index += length
                runStart = index
                bytes.append(UInt8(ascii: "\\"))
                switch scalar {
                case 0x22: bytes.append(UInt8(ascii: "\""))
                case 0x5C: bytes.append(UInt8(ascii: "\\"))
                case 0x0A: bytes.append(UInt8(ascii: "n"))
                case 0x0D: bytes.append(UInt8(ascii: "r"))
                case 0x09: bytes.append(UInt8(ascii: "t"))
                case 0x08: bytes.append(UInt8(ascii: "b"))
                case 0x0C: bytes.append(UInt8(ascii: "f"))
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    bytes.append(contentsOf: [UInt8(ascii: "u"), hex[Int(scalar >> 12 & 0xF)], hex[Int(scalar >> 8 & 0xF)],
                                              hex[Int(scalar >> 4 & 0xF)], hex[Int(scalar & 0xF)]])
                }
            }
            if runStart < utf8.count {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
