import AgendaModel
import Dispatch

/// Reading the goals array on two cores: a large array is split at an element boundary that the
/// documented layout makes easy to find; one reader takes the first part while another takes the
/// rest. The result, the errors and their positions are exactly those of reading it in one pass:
/// the split is used only when the first reader lands on it, and on any error in the second part the
/// first reader goes on alone and meets the error itself.
extension AgendaJSONDecoder {
    /// Arrays smaller than this (in bytes left in the file) are read in one pass, unless a test asks.
    static let parallelThreshold = 4 << 20

    /// The goals array, each goal read by `element` (whole, or only what a listing shows).
    static func goals(_ r: inout Reader, splitAbove: Int?, element: @escaping @Sendable (inout Reader) throws(JSONSyntaxError) -> Goal)
        throws(JSONSyntaxError) -> [Goal] {
        r.skipWhitespace()
        let remaining = r.bytes.count - r.offset
        guard let splitAbove, remaining >= splitAbove, let boundary = r.likelyElementBoundary(after: r.offset + remaining / 2) else {
            var goals: [Goal] = []
            try r.readArray { (r) throws(JSONSyntaxError) in goals.append(try element(&r)) }
            return goals
        }
        // The second part, on another thread, from the boundary to the array's end.
        let second = SecondPart(reader: r.elementReader(at: boundary), element: element)
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global(qos: .userInitiated).async {
            second.read()
            group.leave()
        }
        var goals: [Goal] = []
        let end: Reader.PartEnd
        do throws(JSONSyntaxError) {
            end = try r.readArray(stoppingAt: boundary) { (r) throws(JSONSyntaxError) in goals.append(try element(&r)) }
        } catch {
            group.wait()
            throw error
        }
        group.wait()
        guard end == .atBoundary else { return goals }
        if let (rest, after) = second.result {
            r = after
            return goals + rest
        }
        try r.readRestOfArray { (r) throws(JSONSyntaxError) in goals.append(try element(&r)) }
        return goals
    }

    /// The reader of the second part and what it found; used by one thread at a time (written by the
    /// worker before `leave`, read after `wait`).
    final class SecondPart: @unchecked Sendable {
        var reader: Reader
        let element: @Sendable (inout Reader) throws(JSONSyntaxError) -> Goal
        var result: ([Goal], Reader)?

        init(reader: Reader, element: @escaping @Sendable (inout Reader) throws(JSONSyntaxError) -> Goal) {
            self.reader = reader
            self.element = element
        }

        func read() {
            var goals: [Goal] = []
            do throws(JSONSyntaxError) {
                try reader.readRestOfArray { (r) throws(JSONSyntaxError) in goals.append(try element(&r)) }
                result = (goals, reader)
            } catch {
                result = nil
            }
        }
    }
}
