import Foundation

/// A field value an edit was made against: the goal's field held `value` when the user changed it.
public struct FieldExpectation: Equatable, Sendable {
    public var goal: String
    public var value: GoalField

    public init(goal: String, value: GoalField) {
        self.goal = goal
        self.value = value
    }
}

/// A change the other side made to a field that pending edits then set again: what each side set, and
/// who made the change this side's value replaced.
///
/// Rebasing keeps this side's value and reports the other side's change, so a person can see what
/// was overwritten; a merge of two copies records its disagreements as `MergeConflict`s instead.
public struct OverwrittenChange: Equatable, Sendable {
    public var goal: String
    public var field: String
    /// The value this side set (and kept).
    public var ours: String?
    /// The value the other side had set, now replaced.
    public var theirs: String?
    /// Who made the other change, from the goal's history.
    public var theirsBy: String?

    public init(goal: String, field: String, ours: String?, theirs: String?, theirsBy: String?) {
        self.goal = goal
        self.field = field
        self.ours = ours
        self.theirs = theirs
        self.theirsBy = theirsBy
    }
}

/// Edits made on one version of an agenda, to be applied to another (the file as it is now on disk).
public struct PendingEdit: Equatable, Sendable {
    public var edits: [Edit]
    /// The values the changed fields had when the edits were made.
    public var expectations: [FieldExpectation]
    /// What the edit was, in words, for messages.
    public var label: String

    public init(edits: [Edit], expectations: [FieldExpectation], label: String) {
        self.edits = edits
        self.expectations = expectations
        self.label = label
    }
}

/// What applying pending edits to another version found.
public struct RebaseReport: Equatable, Sendable {
    /// Fields both sides changed: this side's value was kept, the other side's change overwritten.
    public var overwritten: [OverwrittenChange] = []
    /// Edits that no longer fit (the goal was deleted meanwhile, say), with why; they were left out.
    public var refused: [String] = []
    /// Goals this side added whose id the other side had meanwhile given to another goal: they were
    /// added under a new id, and every edit naming them followed.
    public var renamed: [GoalRename] = []

    public init(overwritten: [OverwrittenChange] = [], refused: [String] = [], renamed: [GoalRename] = []) {
        self.overwritten = overwritten
        self.refused = refused
        self.renamed = renamed
    }
}

/// A goal that took a new id because its own was taken.
public struct GoalRename: Equatable, Sendable {
    public var from: String
    public var to: String

    public init(from: String, to: String) {
        self.from = from
        self.to = to
    }
}

extension Agenda {
    /// The expectations of edits about to be applied to this agenda: the current value of every field
    /// they set.
    public func expectations(for edits: [Edit]) -> [FieldExpectation] {
        edits.compactMap { edit in
            guard case .setGoal(let id, let field) = edit, let goal = goal(id) else { return nil }
            return FieldExpectation(goal: goal.id, value: goal.current(field))
        }
    }

    /// Applies edits made on another version of this agenda: each pending edit applies whole or not at
    /// all, and a field both sides changed takes this side's value and is reported as a conflict.
    public mutating func rebase(_ pending: [PendingEdit], by: String, at time: Date) -> RebaseReport {
        var report = RebaseReport()
        var pending = pending
        var generator = GoalIDGenerator()
        for position in pending.indices {
            // A goal added here under an id the other side has since used takes a new one.
            for case .createGoal(let goal, _) in pending[position].edits where self.goal(goal.id) != nil {
                var taken = Set(goals.map(\.id))
                for item in pending { for case .createGoal(let other, _) in item.edits { taken.insert(other.id) } }
                let new = generator.next(avoiding: taken)
                for later in position..<pending.count {
                    pending[later].edits = pending[later].edits.map { $0.renamingGoal(goal.id, to: new) }
                    pending[later].expectations = pending[later].expectations.map {
                        $0.goal == goal.id ? FieldExpectation(goal: new, value: $0.value) : $0
                    }
                }
                report.renamed.append(GoalRename(from: goal.id, to: new))
            }
            let item = pending[position]
            var found: [OverwrittenChange] = []
            for expectation in item.expectations {
                guard let goal = goal(expectation.goal) else { continue }
                let now = goal.current(expectation.value)
                guard now != expectation.value else { continue }
                // Changed here since: a conflict unless this side sets the same value.
                let ours = item.edits.lazy.compactMap { edit -> GoalField? in
                    if case .setGoal(let id, let field) = edit, id == goal.id, field.name == now.name { return field }
                    return nil
                }.last
                guard let ours, ours != now else { continue }
                let by = goal.history.last { $0.field == now.name }?.by
                found.append(OverwrittenChange(goal: goal.id, field: now.name, ours: ours.text, theirs: now.text, theirsBy: by))
            }
            do {
                try apply(item.edits, by: by, at: time)
                report.overwritten += found
            } catch {
                report.refused.append(item.label + ": " + error.description)
            }
        }
        return report
    }
}
