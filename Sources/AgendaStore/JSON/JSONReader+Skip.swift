/// Passing over values without keeping them: every byte still checked as `skipValue` checks it, but
/// no string is made for a plain one, so a reader that wants a few members of a large object passes
/// over the rest quickly.
extension JSONReader {
    /// Passes over a string; an invalid one is the same error, at the same place, as `readString`'s.
    mutating func skipString() throws(JSONSyntaxError) {
        skipWhitespace()
        let start = offset
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else {
            throw JSONSyntaxError("expected a string, found \(describeValueAhead())", at: offset)
        }
        if let end = plainStringEnd(from: offset + 1) {
            offset = end + 1
            return
        }
        // Escapes, control bytes or invalid UTF-8: read it as usual, for the checks and their errors.
        offset = start
        _ = try readString()
    }

    /// Where the string whose text starts at `start` closes, when its text is plain (no escape, no
    /// control byte) and valid UTF-8; nil otherwise. Eight bytes at a time while they are plain ASCII.
    func plainStringEnd(from start: Int) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let count = bytes.count
        var index = start
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func hasZero(_ v: UInt64) -> Bool { (v &- ones) & ~v & highs != 0 }
        while index < count {
            if index + 8 <= count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                // Any byte that is a quote, a backslash, a control byte or not ASCII stops the fast run.
                let special = hasZero(word ^ (ones &* 0x22)) || hasZero(word ^ (ones &* 0x5C))
                    || (word &- ones &* 0x20) & ~word & highs != 0 || word & highs != 0
                if !special {
                    index += 8
                    continue
                }
            }
            let byte = base[index]
            if byte == UInt8(ascii: "\"") { return index }
            if byte == UInt8(ascii: "\\") || byte < 0x20 { return nil }
            if byte < 0x80 {
                index += 1
                continue
            }
            guard let length = UTF8Check.sequenceLength(base, at: index, count: count) else { return nil }
            index += length
        }
        return nil
    }

    /// Passes over any value, checking it as `skipValue` does.
    mutating func skipQuickly() throws(JSONSyntaxError) {
        switch try peekKind() {
        case .string: try skipString()
        case .object: try skipObject()
        case .array: try readArray { (reader) throws(JSONSyntaxError) in try reader.skipQuickly() }
        default: try skipValue()
        }
    }

    /// Passes over an object, its member names too, with `readObject`'s checks and errors (a member
    /// name appearing twice is not among them: `readObject` leaves that to its callers).
    mutating func skipObject() throws(JSONSyntaxError) {
        skipWhitespace()
        let start = offset
        guard try open(UInt8(ascii: "{"), closedBy: UInt8(ascii: "}"), "an object") else { return }
        while true {
            skipWhitespace()
            guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\""), let end = plainStringEnd(from: offset + 1) else {
                // An unusual name (or none): read the object as usual, for its checks and errors.
                offset = start
                depth -= 1
                try readObject { (reader, _) throws(JSONSyntaxError) in try reader.skipQuickly() }
                return
            }
            offset = end + 1
            skipWhitespace()
            guard offset < bytes.count, bytes[offset] == UInt8(ascii: ":") else {
                offset = start
                depth -= 1
                try readObject { (reader, _) throws(JSONSyntaxError) in try reader.skipQuickly() }
                return
            }
            offset += 1
            try skipQuickly()
            skipWhitespace()
            guard offset < bytes.count else {
                throw JSONSyntaxError("unexpected end of file inside an object", at: offset, structural: true)
            }
            if bytes[offset] == UInt8(ascii: ",") {
                offset += 1
                continue
            }
            if bytes[offset] == UInt8(ascii: "}") {
                offset += 1
                depth -= 1
                return
            }
            offset = start
            depth -= 1
            try readObject { (reader, _) throws(JSONSyntaxError) in try reader.skipQuickly() }
            return
        }
    }
}
