import AgendaModel
import Foundation

/// A `SearchText` of the goals' long texts, folded the first time it is asked for (from any thread) and
/// kept: an agenda that is never searched never pays for it.
public final class LazySearchText: @unchecked Sendable {
    private let goals: [Goal]
    private let organizations: [String: Organization]
    private let lock = NSLock()
    private var made: SearchText?

    init(goals: [Goal], organizations: [String: Organization]) {
        self.goals = goals
        self.organizations = organizations
    }

    /// The folded texts, made now if they were not yet.
    public var text: SearchText {
        lock.lock()
        defer { lock.unlock() }
        if let made { return made }
        let text = SearchText(goals, organizations: organizations, part: .bodies)
        made = text
        return text
    }

    /// The goals (by position) among `candidates`, or all, whose long texts hold the folded needle; a
    /// long scan runs in two halves at once.
    public func goals(matching needle: FoldedNeedle, among candidates: [Int]? = nil) -> [Int] {
        let text = self.text
        if let candidates { return candidates.filter { text.matches($0, needle) } }
        let count = goals.count
        guard count >= GoalRows.splitScanFrom else { return text.goals(in: 0..<count, matching: needle) }
        let (first, second) = BothAtOnce.run({ text.goals(in: 0..<(count / 2), matching: needle) },
                                             { text.goals(in: (count / 2)..<count, matching: needle) })
        return first + second
    }
}
