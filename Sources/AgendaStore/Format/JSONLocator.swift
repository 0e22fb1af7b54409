import AgendaModel

/// Finds where a value sits in a JSON text, so a problem found after loading can name its line.
enum JSONLocator {
    /// The message of the error that carries the target's offset out of the reader.
    private static let marker = "\u{0}located"

    /// The byte offset of the value at `path`, or of the deepest part of the path that exists; nil when
    /// the text is not valid JSON up to there.
    static func locate(_ path: [PathComponent], in bytes: [UInt8]) -> Int? {
        do {
            try JSONReader.read(bytes) { (reader) throws(JSONSyntaxError) -> Void in
                var best = reader.offset
                try descend(&reader, path[...], best: &best)
                throw JSONSyntaxError(marker, at: best)
            }
        } catch {
            return error.message == marker ? error.offset : nil
        }
        return nil
    }

    /// Reads the value the reader is at; when it holds `path`, stops at the target by throwing its offset.
    private static func descend(
        _ reader: inout JSONReader, _ path: ArraySlice<PathComponent>, best: inout Int
    ) throws(JSONSyntaxError) {
        reader.skipWhitespace()
        best = reader.offset
        guard let step = path.first else {
            throw JSONSyntaxError(marker, at: reader.offset)
        }
        let rest = path.dropFirst()
        switch (step, try reader.peekKind()) {
        case (.key(let wanted), .object):
            let start = reader.offset
            try reader.readObject { (inner, key) throws(JSONSyntaxError) in
                if key == wanted {
                    try descend(&inner, rest, best: &best)
                } else {
                    try inner.skipValue()
                }
            }
            throw JSONSyntaxError(marker, at: start)
        case (.index(let wanted), .array):
            let start = reader.offset
            var index = 0
            try reader.readArray { (inner) throws(JSONSyntaxError) in
                if index == wanted {
                    try descend(&inner, rest, best: &best)
                } else {
                    try inner.skipValue()
                }
                index += 1
            }
            throw JSONSyntaxError(marker, at: start)
        default:
            throw JSONSyntaxError(marker, at: reader.offset)
        }
    }
}
