import AgendaModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The folded text search scans, for every goal, in one buffer: each goal's short texts
/// (`Goal.forEachHeadText`) or its long ones (`Goal.forEachBodyText`), folded, parts apart by 0x1F and
/// goals by 0x1E, so that no match runs across two parts' or two goals' texts. Together the two are
/// what the command line's search looks in.
///
/// One buffer means one allocation rather than one per goal, and a search of every goal is one
/// `memchr` pass over it instead of a call per goal.
public struct SearchText: Sendable {
    /// The folded bytes of every goal, one after another.
    let bytes: [UInt8]
    /// Where each goal's text starts; the last entry is the end of the buffer.
    let starts: [Int]

    /// Which texts of each goal a buffer holds.
    public enum Part: Sendable {
        /// The id, title, owners, organizations and tags, and their translations: searched as one types.
        case heads
        /// The descriptions and notes: searched once the heads' matches show.
        case bodies
    }

    /// The text of the goals, folded one by one into the buffer.
    public init(_ goals: [Goal], organizations: [String: Organization], part: Part = .heads) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(goals.count * (part == .heads ? 96 : 400))
        var starts: [Int] = []
        starts.reserveCapacity(goals.count + 1)
        for goal in goals {
            starts.append(bytes.count)
            var first = true
            func add(_ text: String) {
                if !first { bytes.append(0x1F) }
                first = false
                TextFolding.appendFolded(text, to: &bytes)
            }
            switch part {
            case .heads: goal.forEachHeadText(organizations: organizations, add)
            case .bodies: goal.forEachBodyText(add)
            }
            bytes.append(0x1E)
        }
        starts.append(bytes.count)
        self.bytes = bytes
        self.starts = starts
    }

    /// The folded text of one goal (for tests and messages).
    public func text(of goalIndex: Int) -> String {
        String(decoding: bytes[starts[goalIndex]..<(starts[goalIndex + 1] - 1)], as: UTF8.self)
    }

    /// Whether the goal's text contains the folded needle.
    public func matches(_ goalIndex: Int, _ needle: FoldedNeedle) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            let text = UnsafeBufferPointer(rebasing: buffer[starts[goalIndex]..<starts[goalIndex + 1]])
            return FoldedNeedle.search(needle.bytes, inFolded: text)
        }
    }

    /// The goals in `range` (by position) whose text contains the folded needle, in order: one pass
    /// over their part of the buffer, jumping to the next goal after each match.
    public func goals(in range: Range<Int>, matching needle: FoldedNeedle) -> [Int] {
        guard !range.isEmpty, let firstByte = needle.bytes.first else { return Array(range) }
        var found: [Int] = []
        let count = needle.bytes.count
        bytes.withUnsafeBufferPointer { buffer in
            needle.bytes.withUnsafeBufferPointer { pattern in
                guard let base = buffer.baseAddress else { return }
                let end = starts[range.upperBound]
                var position = starts[range.lowerBound]
                var goal = range.lowerBound
                while position + count <= end {
                    guard let hit = memchr(base + position, Int32(firstByte), end - count + 1 - position) else { break }
                    let offset = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)) - base
                    if memcmp(base + offset, pattern.baseAddress!, count) == 0 {
                        // The goal whose text holds the match, found forward from the last one.
                        while starts[goal + 1] <= offset { goal += 1 }
                        found.append(goal)
                        goal += 1
                        position = starts[goal]
                    } else {
                        position = offset + 1
                    }
                }
            }
        }
        return found
    }
}
