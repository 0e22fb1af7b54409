extension StringProtocol {
    /// This text with each control character written as its visible escape, `<U+001B>`, for a terminal.
    ///
    /// Text people read on a terminal goes through here, so that no control character (see
    /// `ControlCharacter`) reaches the terminal to act on it. With `multiline`, line breaks (`\n`, and
    /// `\r\n` together) and tabs are kept, for text laid out over several lines; without it they are
    /// escaped too, for a table cell or one line of a message. Everything else is kept as it is: accents
    /// (decomposed ones too), emoji and wide characters. Each escape is eight columns of plain ASCII, so
    /// the result's display width counts it correctly. Text without control characters, nearly all
    /// text, is returned after one pass over its bytes.
    public func escapingControls(multiline: Bool = false) -> String {
        var text = String(self)
        guard text.withUTF8({ StringControlScan.holdsControl($0, multiline: multiline) }) else { return text }
        var output = ""
        output.reserveCapacity(text.utf8.count + 16)
        // A carriage return is kept only right before a line feed, when line breaks are kept.
        var pendingReturn = false
        for scalar in text.unicodeScalars {
            if pendingReturn {
                pendingReturn = false
                if scalar == "\n" {
                    output += "\r\n"
                    continue
                }
                output += "<U+000D>"
            }
            if multiline {
                if scalar == "\r" {
                    pendingReturn = true
                    continue
                }
                if scalar == "\n" || scalar == "\t" {
                    output.unicodeScalars.append(scalar)
                    continue
                }
            }
            if let control = ControlCharacter(scalar) {
                output += control.visibleEscape
            } else {
                output.unicodeScalars.append(scalar)
            }
        }
        if pendingReturn { output += "<U+000D>" }
        return output
    }
}

/// The quick test behind `escapingControls(multiline:)`, on UTF-8 bytes.
enum StringControlScan {
    /// Whether valid UTF-8 holds a control character that `escapingControls(multiline:)` escapes.
    static func holdsControl(_ bytes: UnsafeBufferPointer<UInt8>, multiline: Bool) -> Bool {
        let count = bytes.count
        var index = 0
        while index < count {
            let byte = bytes[index]
            if byte < 0x20 {
                guard multiline else { return true }
                if byte == 0x0A || byte == 0x09 {
                    index += 1
                    continue
                }
                if byte == 0x0D, index + 1 < count, bytes[index + 1] == 0x0A {
                    index += 2
                    continue
                }
                return true
            }
            if byte == 0x7F {
                return true  // DEL
            }
            if byte == 0xC2, index + 1 < count, bytes[index + 1] < 0xA0 {
                return true  // U+0080–U+009F, the C1 controls
            }
            if byte == 0xE2, index + 2 < count {
                let second = bytes[index + 1]
                let third = bytes[index + 2]
                if (second == 0x80 && third >= 0xAA && third <= 0xAE) || (second == 0x81 && third >= 0xA6 && third <= 0xA9) {
                    return true  // U+202A–U+202E and U+2066–U+2069, the bidirectional controls
                }
            }
            index += 1
        }
        return false
    }
}
