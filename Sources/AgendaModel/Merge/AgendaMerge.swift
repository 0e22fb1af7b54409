import Foundation

/// What merging two copies of an agenda gave: the merged agenda and what needs a person's eye.
public struct MergeOutcome: Equatable, Sendable {
    /// The merged agenda; the conflicts found are also recorded in it.
    public var agenda: Agenda
    /// The conflicts this merge found (not those the copies already had).
    public var conflicts: [MergeConflict]
    /// Goals both copies added under one id: one of them took a new id.
    public var renamed: [GoalRename]

    public init(agenda: Agenda, conflicts: [MergeConflict] = [], renamed: [GoalRename] = []) {
        self.agenda = agenda
        self.conflicts = conflicts
        self.renamed = renamed
    }

    /// Whether the merge found no conflict.
    public var isClean: Bool { conflicts.isEmpty }
}

extension Agenda {
    /// Merges two copies of an agenda that both started from `base`, goal by goal and field by field.
    ///
    /// Changes to different goals or different fields never conflict; owners, organizations,
    /// countries, tags, notes, history and reviews merge as sets. A field both copies changed
    /// differently takes the later change and is recorded in `conflicts` with both values; a goal
    /// one copy deleted and the other changed is kept and recorded; goals both added under one id
    /// are both kept, one under a new id. The records of deleted goals of both copies are kept. The result does not depend on which copy is `ours`, but
    /// for the order of the conflict records it adds.
    public static func merge(base: Agenda, ours: Agenda, theirs: Agenda) -> MergeOutcome {
        if ours == theirs || theirs == base { return MergeOutcome(agenda: ours) }
        if ours == base { return MergeOutcome(agenda: theirs) }
        var ours = ours, theirs = theirs
        let renamed = GoalClash.separate(base: base, &ours, &theirs)
        var merger = FieldMerger(kind: .bothChanged)
        var result = mergedHeading(base: base, ours: ours, theirs: theirs, merger: &merger)
        result.goals = RecordMerge.merge(
            base: base.goals, ours: ours.goals, theirs: theirs.goals, id: \.id, precedes: GoalClash.precedes
        ) { b, o, t in
            mergeGoal(b, o, t, merger: &merger)
        }
        let sessionIDs = Set((base.sessions + ours.sessions + theirs.sessions).map(\.id))
        result.sessions = RecordMerge.merge(
            base: base.sessions, ours: ours.sessions, theirs: theirs.sessions, id: \.id,
            precedes: { ($0.date, $0.id) < ($1.date, $1.id) }
        ) { b, o, t in
            SessionMerge.merge(b, o, t, taken: sessionIDs, merger: &merger)
        }
        result.reviews = MergeRules.set(base.reviews, ours.reviews, theirs.reviews, by: reviewPrecedes)
        result.deletions = DeletionMerge.merge(base.deletions, ours.deletions, theirs.deletions)
        result.extras = MergeRules.extras(base.extras, ours.extras, theirs.extras)
        MergeRepair.repair(&result, base: base, ours: ours, theirs: theirs, merger: &merger)
        return finish(result, earlier: MergeRules.set(base.conflicts, ours.conflicts, theirs.conflicts, by: conflictPrecedes),
                      found: merger.conflicts, renamed: renamed)
    }

    /// The start of a merge: ours, with the higher schema version, the agenda's own fields merged, and
    /// its areas, organizations and people merged (`base` nil for a merge of two copies with none).
    static func mergedHeading(base: Agenda?, ours: Agenda, theirs: Agenda, merger: inout FieldMerger) -> Agenda {
        var result = ours
        result.schemaVersion = max(ours.schemaVersion, theirs.schemaVersion)
        merger.merge(&result, base: base, ours: ours, theirs: theirs, fields: RecordField.agenda, subject: .agenda, id: "")
        RecordMerge.simpleRecords(&result, base: base, ours: ours, theirs: theirs, merger: &merger)
        return result
    }

    /// One goal of a three-way merge.
    private static func mergeGoal(_ b: Goal?, _ o: Goal?, _ t: Goal?, merger: inout FieldMerger) -> [Goal] {
        switch (b, o, t) {
        case (_, let o?, let t?):
            return [GoalMerge.merge(base: b, ours: o, theirs: t, into: &merger)]
        case (let b?, let kept?, nil), (let b?, nil, let kept?):
            if kept == b { return [] }
            let last = kept.history.last { !b.history.contains($0) }
            merger.record(RecordMerge.wholeRecordKept(
                subject: .goal, id: kept.id, keptBy: (last?.by, last?.time ?? kept.updatedAt)))
            return [kept]
        case (nil, let only?, nil), (nil, nil, let only?):
            return [only]
        default:
            return []
        }
    }

    /// The merged agenda with its conflict records: those the copies had, then the new ones.
    static func finish(_ agenda: Agenda, earlier: [MergeConflict], found: [MergeConflict], renamed: [GoalRename]) -> MergeOutcome {
        var agenda = agenda
        let new = found.sorted(by: conflictPrecedes).filter { !earlier.contains($0) }
        agenda.conflicts = earlier + new
        return MergeOutcome(agenda: agenda, conflicts: new, renamed: renamed)
    }

    static func reviewPrecedes(_ a: Review, _ b: Review) -> Bool {
        if a.date != b.date { return a.date < b.date }
        let ta = a.time ?? .distantPast, tb = b.time ?? .distantPast
        if ta != tb { return ta < tb }
        if a.goal != b.goal { return a.goal < b.goal }
        if a.reviewer != b.reviewer { return a.reviewer < b.reviewer }
        if a.health != b.health { return a.health.rawValue < b.health.rawValue }
        return a.comment < b.comment
    }

    static func conflictPrecedes(_ a: MergeConflict, _ b: MergeConflict) -> Bool {
        if a.subject != b.subject { return a.subject.rawValue < b.subject.rawValue }
        if a.id != b.id { return a.id < b.id }
        if a.field != b.field { return a.field < b.field }
        return String(describing: a.sides) < String(describing: b.sides)
    }
}
