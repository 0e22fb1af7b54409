import Foundation

/// The records of deleted goals of two copies merged: every deletion either copy recorded is kept.
enum DeletionMerge {
    /// The records of `ours` and `theirs` (and `base`), one per goal and time: in the order of
    /// `base`, then those either copy added, oldest first. Where the copies' records of one deletion
    /// differ, the one restored (the later restoration, if both) wins, so that a goal brought back in
    /// one copy is known to be back.
    static func merge(_ base: [Deletion], _ ours: [Deletion], _ theirs: [Deletion]) -> [Deletion] {
        if ours == theirs { return ours }
        var result: [Deletion] = []
        var added: [Deletion] = []
        for deletion in base + ours + theirs {
            if let index = result.firstIndex(where: { $0.isSameDeletion(as: deletion) }) {
                result[index] = preferred(result[index], deletion)
            } else if let index = added.firstIndex(where: { $0.isSameDeletion(as: deletion) }) {
                added[index] = preferred(added[index], deletion)
            } else if base.contains(where: { $0.isSameDeletion(as: deletion) }) {
                result.append(deletion)
            } else {
                added.append(deletion)
            }
        }
        return result + added.sorted { ($0.time, $0.goal) < ($1.time, $1.goal) }
    }

    /// Of two records of one deletion, the one that says most: restored over not, the later restoration,
    /// else the first.
    private static func preferred(_ a: Deletion, _ b: Deletion) -> Deletion {
        switch (a.restored, b.restored) {
        case (nil, .some): b
        case (.some(let x), .some(let y)) where y.time > x.time: b
        default: a
        }
    }
}
