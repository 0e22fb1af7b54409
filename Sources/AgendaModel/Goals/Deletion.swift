import Foundation

/// The trace a deleted goal leaves: who deleted it and when, its id, title and area, and the goal with
/// its sub-goals as they were, so that it can be brought back.
public struct Deletion: Equatable, Sendable {
    /// Who brought a deleted goal back, and when.
    public struct Restoration: Equatable, Sendable {
        public var by: String
        public var time: Date
        public var extras: ExtraFields

        public init(by: String, time: Date, extras: ExtraFields = ExtraFields()) {
            self.by = by
            self.time = time
            self.extras = extras
        }
    }

    /// When the goal was deleted.
    public var time: Date
    /// Who deleted it, as history records an edit's author.
    public var by: String
    /// The deleted goal's id.
    public var goal: String
    public var title: String
    public var area: String
    /// The goal and its sub-goals as they were, the goal first and each parent before its sub-goals.
    public var goals: [Goal]
    /// The goal just before the deleted one in the file, after which it comes back if it is still
    /// there; nil for a goal that was first.
    public var after: String?
    /// Who brought the goal back and when; nil while it stays deleted.
    public var restored: Restoration?
    public var extras: ExtraFields

    public init(time: Date, by: String, goal: String, title: String, area: String, goals: [Goal], after: String? = nil,
                restored: Restoration? = nil, extras: ExtraFields = ExtraFields()) {
        self.time = time
        self.by = by
        self.goal = goal
        self.title = title
        self.area = area
        self.goals = goals
        self.after = after
        self.restored = restored
        self.extras = extras
    }

    /// Whether two records are of the same deletion: the same goal deleted at the same time.
    public func isSameDeletion(as other: Deletion) -> Bool {
        goal == other.goal && time == other.time
    }
}

extension Agenda {
    /// The position of the record of `goal`'s deletion at `time`; else, when no record has that time,
    /// of the goal's last deletion: an edit saved onto the file a moment after it was made on screen
    /// records the later time, and the edits that name the record must still find it.
    public func deletionIndex(goal: String, time: Date) -> Int? {
        deletions.firstIndex { $0.goal == goal && $0.time == time } ?? deletions.lastIndex { $0.goal == goal }
    }
}
