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

    /// The offsets of many paths, each as `locate` gives it, in one pass over the text: a file with
    /// thousands of problems is read once, not once per problem.
    static func locate(_ paths: [[PathComponent]], in bytes: [UInt8]) -> [Int?] {
        var found = [Int?](repeating: nil, count: paths.count)
        let pending = paths.indices.map { Pending(index: $0, rest: paths[$0][...]) }
        // On a syntax error the offsets found so far are kept: each is the deepest part of its path read.
        _ = try? JSONReader.read(bytes) { (reader) throws(JSONSyntaxError) -> Void in
            try walk(&reader, pending, found: &found)
        }
        return found
    }

    /// A path still to follow: its number among the paths asked for, and its steps left.
    private struct Pending {
        var index: Int
        var rest: ArraySlice<PathComponent>
    }

    /// Reads the value the reader is at, giving its offset to every path that reaches it and following
    /// those that go deeper; every other value is passed over.
    private static func walk(_ reader: inout JSONReader, _ pending: [Pending], found: inout [Int?]) throws(JSONSyntaxError) {
        reader.skipWhitespace()
        let here = reader.offset
        var byKey: [String: [Pending]] = [:]
        var byIndex: [Int: [Pending]] = [:]
        for path in pending {
            found[path.index] = here
            guard let step = path.rest.first else { continue }
            let next = Pending(index: path.index, rest: path.rest.dropFirst())
            switch step {
            case .key(let key): byKey[key, default: []].append(next)
            case .index(let index): byIndex[index, default: []].append(next)
            }
        }
        switch try reader.peekKind() {
        case .object where !byKey.isEmpty:
            try reader.readObject { (inner, key) throws(JSONSyntaxError) in
                if let group = byKey.removeValue(forKey: key) {
                    try walk(&inner, group, found: &found)
                } else {
                    try inner.skipQuickly()
                }
            }
        case .array where !byIndex.isEmpty:
            var index = 0
            try reader.readArray { (inner) throws(JSONSyntaxError) in
                if let group = byIndex.removeValue(forKey: index) {
                    try walk(&inner, group, found: &found)
                } else {
                    try inner.skipQuickly()
                }
                index += 1
            }
        default:
            try reader.skipQuickly()
        }
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
