#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Git's conflict markers left in a file by a merge that was not finished (`<<<<<<< HEAD`, `=======`,
/// `>>>>>>> theirs`), found so that such a file gets a message that says so rather than a bare syntax
/// error.
///
/// A line that starts with `<` or `>` or `=` is never valid JSON (strings cannot span lines), so the
/// search runs only after the reader has failed, and costs nothing on a good file.
enum GitConflictMarkers {
    /// The markers found: where the first starts, and how many conflicts (`<<<<<<<` lines) there are.
    struct Found: Equatable {
        var firstOffset: Int
        var conflicts: Int
    }

    /// The conflict markers at the start of lines in the bytes, or nil when there are none.
    static func find(in bytes: UnsafeBufferPointer<UInt8>) -> Found? {
        var first: Int?
        var conflicts = 0
        var lineStart = 0
        while lineStart < bytes.count {
            if let marker = marker(at: lineStart, in: bytes) {
                if first == nil { first = lineStart }
                if marker == UInt8(ascii: "<") { conflicts += 1 }
            }
            guard let newline = nextNewline(after: lineStart, in: bytes) else { break }
            lineStart = newline + 1
        }
        return first.map { Found(firstOffset: $0, conflicts: max(conflicts, 1)) }
    }

    /// The error for a file with conflict markers, at the first marker.
    static func error(_ found: Found) -> JSONSyntaxError {
        let what = found.conflicts == 1 ? "an unresolved git conflict" : "\(found.conflicts) unresolved git conflicts"
        return JSONSyntaxError(
            "the file has \(what) left by a merge (lines <<<<<<<, ======= and >>>>>>>; the first is here): "
                + "edit the file to keep what each side wants and remove the marker lines, then try again",
            at: found.firstOffset, structural: true)
    }

    /// The marker's character when a line starting at `start` is a conflict marker: seven `<`, `=`, `>`
    /// or `|` (diff3's base), then the end of the line or a space.
    private static func marker(at start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> UInt8? {
        guard start + 7 <= bytes.count else { return nil }
        let first = bytes[start]
        guard first == UInt8(ascii: "<") || first == UInt8(ascii: "=") || first == UInt8(ascii: ">")
            || first == UInt8(ascii: "|") else { return nil }
        for index in start..<(start + 7) where bytes[index] != first { return nil }
        guard start + 7 < bytes.count else { return first }
        let after = bytes[start + 7]
        if after == UInt8(ascii: "\n") || after == UInt8(ascii: "\r") { return first }
        return after == UInt8(ascii: " ") && first != UInt8(ascii: "=") ? first : nil
    }

    private static func nextNewline(after start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress, start < bytes.count,
              let found = memchr(base + start, Int32(UInt8(ascii: "\n")), bytes.count - start) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }
}
