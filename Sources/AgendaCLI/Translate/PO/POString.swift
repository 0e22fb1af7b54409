/// How a PO file writes a string: between double quotes with C's escapes, and a long or multi-line
/// string over several lines, as GNU gettext's tools write it.
enum POString {
    /// The width a line is kept within when a string is wrapped (msgmerge's default page width).
    static let width = 79

    /// The lines that write `keyword "text"` (`msgid`, `msgstr`, `#| msgid`...), each starting with
    /// `prefix` (`#| ` for a previous string).
    ///
    /// A string that holds a line break before its end, or does not fit on the keyword's line, is
    /// written as gettext does: `keyword ""`, then one quoted piece per line, a piece ending after each
    /// line break (`\n`) and long lines broken after a space.
    static func lines(keyword: String, _ text: String, prefix: String = "") -> [String] {
        let pieces = splitAfterLineBreaks(text)
        let single = prefix + keyword + " \"" + escape(text) + "\""
        if pieces.count <= 1 && single.count <= width { return [single] }
        let room = max(width - prefix.count - 2, 16)
        var lines = [prefix + keyword + " \"\""]
        for piece in pieces {
            lines += wrap(escape(piece), room: room).map { prefix + "\"" + $0 + "\"" }
        }
        return lines
    }

    /// The text with what cannot stand as itself between double quotes escaped: `\"`, `\\`, `\n`,
    /// `\t`, `\r`, `\a`, `\b`, `\f`, `\v`; the other characters a terminal would obey (C0 and C1
    /// controls, DEL, the line and paragraph separators and the bidirectional embeddings, overrides and
    /// isolates) as octal escapes of their UTF-8 bytes, which gettext reads back as those bytes.
    static func escape(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\t": output += "\\t"
            case "\r": output += "\\r"
            case "\u{07}": output += "\\a"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            case "\u{0B}": output += "\\v"
            default:
                if needsOctal(scalar) {
                    for byte in String(scalar).utf8 { output += "\\" + octal(byte) }
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output
    }

    private static func needsOctal(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F...0x9F, 0x2028...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    private static func octal(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 8)
        return String(repeating: "0", count: 3 - digits.count) + digits
    }

    /// The text cut after each line break; the last piece is left out when empty.
    private static func splitAfterLineBreaks(_ text: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        for scalar in text.unicodeScalars {
            current.unicodeScalars.append(scalar)
            if scalar == "\n" {
                pieces.append(current)
                current = ""
            }
        }
        if !current.isEmpty { pieces.append(current) }
        return pieces
    }

    /// Escaped text in lines of at most `room` characters, broken after spaces (a word longer than that
    /// keeps a line of its own). A space is never part of an escape, so no escape is cut.
    private static func wrap(_ escaped: String, room: Int) -> [String] {
        guard escaped.count > room else { return [escaped] }
        var words: [Substring] = []
        var start = escaped.startIndex
        for index in escaped.indices where escaped[index] == " " {
            let end = escaped.index(after: index)
            words.append(escaped[start..<end])
            start = end
        }
        if start < escaped.endIndex { words.append(escaped[start...]) }
        var lines: [String] = []
        var line = ""
        for word in words {
            if !line.isEmpty && line.count + word.count > room {
                lines.append(line)
                line = ""
            }
            line += word
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}
