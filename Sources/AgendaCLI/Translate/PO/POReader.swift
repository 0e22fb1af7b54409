/// A mistake in a PO file's syntax, at the line and column (in characters, from 1) where it is.
struct POSyntaxError: Error, Equatable, Sendable {
    var message: String
    var line: Int
    var column: Int

    init(_ message: String, line: Int, column: Int = 1) {
        self.message = message
        self.line = line
        self.column = column
    }
}

/// Reads a gettext PO file as GNU gettext's tools write it: entries of comments (`#`, `#.`, `#:`,
/// `#,` flags, `#|` previous `msgctxt` and `msgid`), then `msgctxt`, `msgid`, `msgid_plural`, `msgstr`
/// and `msgstr[N]`, each a string in double quotes with C escapes, continued by further quoted strings
/// on the lines after. Obsolete entries (`#~`) are skipped. The file must be UTF-8 (a byte-order mark
/// is skipped); line ends may be LF or CRLF.
///
/// A string left open, an unknown keyword or escape, a `msgstr` without `msgid` (or the reverse), and a
/// second entry with the same `msgctxt` and `msgid` are errors, at their line and column.
enum POReader {
    static func read(_ bytes: [UInt8]) throws(POSyntaxError) -> POFile {
        var parser = POParser()
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var number = 1
        while start <= bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            var line = bytes[start..<end]
            if line.last == 0x0D { line = line.dropLast() }
            try parser.take(try scalars(line, number: number), number: number)
            start = end + 1
            number += 1
        }
        return try parser.finish()
    }

    /// A line's characters, or an error at the first byte that is not UTF-8.
    private static func scalars(_ bytes: ArraySlice<UInt8>, number: Int) throws(POSyntaxError) -> [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(bytes.count)
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): scalars.append(scalar)
            case .emptyInput: return scalars
            case .error:
                throw POSyntaxError("the file is not UTF-8 here: save it as UTF-8 (msgconv -t UTF-8)",
                                    line: number, column: scalars.count + 1)
            }
        }
    }
}

/// The reader's state between lines: the entry being read and where a continued string goes.
private struct POParser {
    /// What a line of quoted strings alone continues.
    enum Target {
        case context, id, idPlural, string, plural, previousContext, previousID, previousIDPlural

        var isPrevious: Bool { self == .previousContext || self == .previousID || self == .previousIDPlural }
    }

    var file = POFile()
    var entry = POEntry(id: "")
    var has: Set<Target> = []
    var target: Target?
    /// The line of each entry read, by its `msgctxt` (nil: none) and `msgid`.
    var seen: [Key: Int] = [:]

    struct Key: Hashable {
        var context: String?
        var id: String
    }

    var hasKeyword: Bool { has.contains(.context) || has.contains(.id) }

    mutating func take(_ line: [Unicode.Scalar], number: Int) throws(POSyntaxError) {
        var index = 0
        while index < line.count, line[index] == " " || line[index] == "\t" { index += 1 }
        guard index < line.count else { return }
        switch line[index] {
        case "#": try comment(line, from: index, number: number)
        case "\"":
            guard let target, !target.isPrevious else {
                throw POSyntaxError("a string with no keyword (msgid, msgstr...) before it", line: number, column: index + 1)
            }
            try append(POLine.strings(line, from: index, number: number), to: target, number: number)
        default: try keyword(line, from: index, number: number, previous: false)
        }
    }

    private mutating func comment(_ line: [Unicode.Scalar], from start: Int, number: Int) throws(POSyntaxError) {
        let kind: Unicode.Scalar? = start + 1 < line.count ? line[start + 1] : nil
        if hasKeyword { try finishEntry() }
        if kind == "~" {
            // An obsolete entry: skipped, with the comments before it, which are its own.
            entry = POEntry(id: "")
            has = []
            target = nil
            return
        }
        if entry.position.line == 0 { entry.position.line = number }
        let text = POLine.text(line, from: start + (kind.map { ".:,|".unicodeScalars.contains($0) } == true ? 2 : 1))
        switch kind {
        case ".": entry.extractedComments.append(text)
        case ":": entry.references.append(text)
        case ",":
            entry.flags += text.split(separator: ",").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
        case "|":
            var index = start + 2
            while index < line.count, line[index] == " " || line[index] == "\t" { index += 1 }
            guard index < line.count else { return }
            if line[index] == "\"" {
                guard let target, target.isPrevious else {
                    throw POSyntaxError("a string with no keyword (#| msgid...) before it", line: number, column: index + 1)
                }
                try append(POLine.strings(line, from: index, number: number), to: target, number: number)
            } else {
                try keyword(line, from: index, number: number, previous: true)
            }
        default: entry.translatorComments.append(text)
        }
    }

    private mutating func keyword(_ line: [Unicode.Scalar], from start: Int, number: Int, previous: Bool) throws(POSyntaxError) {
        var end = start
        while end < line.count, line[end].properties.isAlphabetic || line[end] == "_" || line[end] == "["
            || line[end] == "]" || ("0"..."9").contains(line[end]) { end += 1 }
        let word = String(String.UnicodeScalarView(line[start..<end]))
        let column = start + 1
        let expected = previous ? "#| is followed by msgctxt, msgid or msgid_plural"
            : "expected msgctxt, msgid, msgid_plural, msgstr, a string in double quotes or a comment (#)"
        guard !word.isEmpty else {
            throw POSyntaxError("unexpected '\(Character(line[start]))': \(expected)", line: number, column: column)
        }
        let target = try target(of: word, previous: previous, number: number, column: column, expected: expected)
        let value = try POLine.strings(line, from: end, number: number, after: previous ? "#| " + word : word)
        try set(value, target: target, number: number)
    }

    /// What a keyword starts, once the entry so far allows it there; a `msgctxt` or `msgid` after a
    /// whole entry ends that entry.
    private mutating func target(of word: String, previous: Bool, number: Int, column: Int, expected: String)
        throws(POSyntaxError) -> Target {
        if previous {
            let targets: [String: Target] = ["msgctxt": .previousContext, "msgid": .previousID, "msgid_plural": .previousIDPlural]
            guard let target = targets[word] else {
                throw POSyntaxError("unknown keyword '#| \(word)': \(expected)", line: number, column: column)
            }
            guard !has.contains(target) else { throw POSyntaxError("a second '#| \(word)' in one entry", line: number, column: column) }
            return target
        }
        switch word {
        case "msgctxt":
            if has.contains(.context) && !has.contains(.id) {
                throw POSyntaxError("a second msgctxt, with no msgid after the first", line: number, column: column)
            }
            if hasKeyword { try finishEntry() }
            entry.position.contextLine = number
            return .context
        case "msgid":
            if has.contains(.id) { try finishEntry() }
            entry.position.idLine = number
            return .id
        case "msgid_plural":
            guard has.contains(.id), !has.contains(.string), !has.contains(.plural), !has.contains(.idPlural) else {
                throw POSyntaxError("msgid_plural must follow a msgid, before its msgstr[0]", line: number, column: column)
            }
            entry.position.idPluralLine = number
            return .idPlural
        case "msgstr":
            guard has.contains(.id) else { throw POSyntaxError("msgstr without a msgid before it", line: number, column: column) }
            guard !has.contains(.string) else { throw POSyntaxError("a second msgstr for one msgid", line: number, column: column) }
            guard !has.contains(.idPlural) else {
                throw POSyntaxError("a msgid_plural is translated by msgstr[0], msgstr[1]..., not msgstr", line: number, column: column)
            }
            entry.position.stringLine = number
            entry.position.stringPieces = [(number, 0)]
            return .string
        default:
            guard word.hasPrefix("msgstr["), word.hasSuffix("]"), let index = Int(word.dropFirst(7).dropLast()) else {
                throw POSyntaxError("unknown keyword '\(word)': \(expected)", line: number, column: column)
            }
            guard has.contains(.idPlural) else {
                throw POSyntaxError("\(word) without a msgid_plural before it", line: number, column: column)
            }
            guard index == entry.pluralStrings.count else {
                throw POSyntaxError("\(word) out of order: expected msgstr[\(entry.pluralStrings.count)]", line: number, column: column)
            }
            if entry.position.stringLine == 0 { entry.position.stringLine = number }
            entry.pluralStrings.append("")
            return .plural
        }
    }

    private mutating func set(_ value: String, target: Target, number: Int) throws(POSyntaxError) {
        if entry.position.line == 0 { entry.position.line = number }
        has.insert(target)
        self.target = target
        switch target {
        case .context: entry.context = ""
        case .previousContext: entry.previousContext = ""
        case .previousID: entry.previousID = ""
        case .idPlural: entry.idPlural = ""
        default: break
        }
        try append(value, to: target, number: number)
    }

    private mutating func append(_ value: String, to target: Target, number: Int) throws(POSyntaxError) {
        switch target {
        case .context: entry.context! += value
        case .id: entry.id += value
        case .idPlural: entry.idPlural! += value
        case .string:
            if entry.position.stringPieces.last?.line != number {
                entry.position.stringPieces.append((number, entry.string.unicodeScalars.count))
            }
            entry.string += value
        case .plural: entry.pluralStrings[entry.pluralStrings.count - 1] += value
        case .previousContext: entry.previousContext! += value
        case .previousID: entry.previousID! += value
        case .previousIDPlural: break
        }
    }

    /// Ends the entry being read and starts the next.
    private mutating func finishEntry() throws(POSyntaxError) {
        defer {
            entry = POEntry(id: "")
            has = []
            target = nil
        }
        guard hasKeyword else { return }
        guard has.contains(.id) else {
            throw POSyntaxError("msgctxt without a msgid after it", line: entry.position.contextLine)
        }
        guard has.contains(.string) || has.contains(.plural) else {
            let what = has.contains(.idPlural) ? "msgid_plural without msgstr[0]" : "msgid without a msgstr after it"
            throw POSyntaxError(what, line: entry.position.idLine)
        }
        if entry.position.contextLine == 0 { entry.position.contextLine = entry.position.idLine }
        let key = Key(context: entry.context, id: entry.id)
        if let first = seen[key] {
            throw POSyntaxError("a second entry with the same msgctxt and msgid (the first is at line \(first))",
                                line: entry.position.contextLine)
        }
        seen[key] = entry.position.contextLine
        if entry.isHeader {
            file.header = entry
        } else {
            file.entries.append(entry)
        }
    }

    mutating func finish() throws(POSyntaxError) -> POFile {
        try finishEntry()
        return file
    }
}

/// Reading the parts of one line.
private enum POLine {
    /// The text of a comment from `start`, without the one space that follows the `#` mark.
    static func text(_ line: [Unicode.Scalar], from start: Int) -> String {
        var index = min(start, line.count)
        if index < line.count, line[index] == " " { index += 1 }
        return String(String.UnicodeScalarView(line[index...]))
    }

    /// The quoted strings from `start` to the end of the line, joined; after a keyword, at least one.
    static func strings(_ line: [Unicode.Scalar], from start: Int, number: Int, after keyword: String? = nil)
        throws(POSyntaxError) -> String {
        var bytes: [UInt8] = []
        var index = start
        var count = 0
        while true {
            while index < line.count, line[index] == " " || line[index] == "\t" { index += 1 }
            guard index < line.count else { break }
            guard line[index] == "\"" else {
                let what = keyword.map { count == 0 ? "a string in double quotes after \($0)" : "the end of the line" }
                    ?? (count == 0 ? "a string in double quotes" : "the end of the line")
                throw POSyntaxError("expected \(what)", line: number, column: index + 1)
            }
            index = try string(line, from: index, number: number, into: &bytes)
            count += 1
        }
        if count == 0 {
            throw POSyntaxError("expected a string in double quotes after \(keyword ?? "this")", line: number, column: index + 1)
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw POSyntaxError("the escapes (\\ooo, \\xhh) make bytes that are not UTF-8", line: number, column: start + 1)
        }
        return text
    }

    /// Reads one quoted string starting at its opening quote, into bytes; returns the index after its
    /// closing quote.
    private static func string(_ line: [Unicode.Scalar], from open: Int, number: Int, into bytes: inout [UInt8])
        throws(POSyntaxError) -> Int {
        var index = open + 1
        while index < line.count {
            let scalar = line[index]
            if scalar == "\"" { return index + 1 }
            guard scalar == "\\" else {
                bytes.append(contentsOf: String(scalar).utf8)
                index += 1
                continue
            }
            guard index + 1 < line.count else { break }
            let escape = line[index + 1]
            let simple: [Unicode.Scalar: UInt8] = [
                "n": 0x0A, "t": 0x09, "r": 0x0D, "a": 0x07, "b": 0x08, "f": 0x0C, "v": 0x0B,
                "\\": 0x5C, "\"": 0x22, "'": 0x27, "?": 0x3F,
            ]
            if let byte = simple[escape] {
                bytes.append(byte)
                index += 2
            } else if ("0"..."7").contains(escape) {
                var value = 0
                var end = index + 1
                while end < line.count, end < index + 4, ("0"..."7").contains(line[end]) {
                    value = value * 8 + Int(line[end].value - 48)
                    end += 1
                }
                guard value < 256 else { throw POSyntaxError("the octal escape is more than a byte", line: number, column: index + 1) }
                bytes.append(UInt8(value))
                index = end
            } else if escape == "x" {
                var value = 0
                var end = index + 2
                while end < line.count, let digit = Int(String(line[end]), radix: 16) {
                    value = value * 16 + digit
                    guard value < 256 else { throw POSyntaxError("the hexadecimal escape is more than a byte", line: number, column: index + 1) }
                    end += 1
                }
                guard end > index + 2 else { throw POSyntaxError("\\x without hexadecimal digits", line: number, column: index + 1) }
                bytes.append(UInt8(value))
                index = end
            } else {
                throw POSyntaxError("unknown escape '\\\(Character(escape))': use \\n, \\t, \\\", \\\\ ...", line: number, column: index + 1)
            }
        }
        throw POSyntaxError("unterminated string: no closing double quote on this line", line: number, column: open + 1)
    }
}

private extension String {
    var trimmingSpaces: String {
        var text = Substring(self)
        while text.first == " " || text.first == "\t" { text.removeFirst() }
        while text.last == " " || text.last == "\t" { text.removeLast() }
        return String(text)
    }
}
