import Foundation

extension Agenda {
    /// Merges two copies with no common version (sent by email, carried on a USB stick), from the
    /// goals' history.
    ///
    /// A goal in both copies (same id, created at the same moment) merges field by field: a field only
    /// one copy changed since the last history entry both share takes that change; a field both changed
    /// since takes the later change and is flagged for review. Lists are united; goals, organizations
    /// and sessions in one copy only are kept; records that differ with no history to tell are flagged.
    public static func mergeTwoWay(_ ours: Agenda, _ theirs: Agenda) -> MergeOutcome {
        if ours == theirs { return MergeOutcome(agenda: ours) }
        let none = Agenda(title: ours.title)
        var ours = ours, theirs = theirs
        let renamed = GoalClash.separate(base: none, &ours, &theirs) { $0.createdAt == $1.createdAt }
        var merger = FieldMerger(kind: .twoWay)
        var result = mergedHeading(base: nil, ours: ours, theirs: theirs, merger: &merger)
        // Ours' order, with what only theirs has after it: the lists are given theirs as a stand-in base.
        result.goals = RecordMerge.merge(
            base: theirs.goals, ours: ours.goals, theirs: theirs.goals, id: \.id, precedes: GoalClash.precedes
        ) { _, o, t in
            guard let o, let t else { return [(o ?? t)!] }
            return [mergeGoalTwoWay(o, t, merger: &merger)]
        }
        let sessionIDs = Set((ours.sessions + theirs.sessions).map(\.id))
        result.sessions = RecordMerge.merge(
            base: theirs.sessions, ours: ours.sessions, theirs: theirs.sessions, id: \.id,
            precedes: { ($0.date, $0.id) < ($1.date, $1.id) }
        ) { _, o, t in
            SessionMerge.merge(nil, o, t, taken: sessionIDs, merger: &merger)
        }
        result.reviews = MergeRules.set([], ours.reviews, theirs.reviews, by: reviewPrecedes)
        result.deletions = DeletionMerge.merge([], ours.deletions, theirs.deletions)
        result.extras = MergeRules.extras(ExtraFields(), ours.extras, theirs.extras)
        MergeRepair.repair(&result, base: none, ours: ours, theirs: theirs, merger: &merger)
        return finish(result, earlier: MergeRules.set([], ours.conflicts, theirs.conflicts, by: conflictPrecedes),
                      found: merger.conflicts, renamed: renamed)
    }

    /// One goal both copies hold, merged from their history since the last entry they share.
    private static func mergeGoalTwoWay(_ ours: Goal, _ theirs: Goal, merger: inout FieldMerger) -> Goal {
        if ours == theirs { return ours }
        var shared = 0
        while shared < min(ours.history.count, theirs.history.count), ours.history[shared] == theirs.history[shared] {
            shared += 1
        }
        func since(_ goal: Goal, _ field: String) -> Change? {
            goal.history[shared...].last { $0.field == field }
        }
        var result = ours
        for field in RecordField.goal {
            let o = field.get(ours), t = field.get(theirs)
            if o == t { continue }
            let mine = since(ours, field.name), other = since(theirs, field.name)
            if mine != nil, other == nil { continue }
            if other != nil, mine == nil {
                field.set(&result, t)
                continue
            }
            let sides = MergeConflict.ordered(
                ConflictSide(value: o, by: mine?.by, time: mine?.time ?? ours.updatedAt),
                ConflictSide(value: t, by: other?.by, time: other?.time ?? theirs.updatedAt))
            field.set(&result, sides[1].value)
            merger.record(MergeConflict(id: ours.id, field: field.name, kind: .twoWay, sides: sides))
        }
        for field in Goal.fields {
            field.mergeTwoWay(into: &result, ours: ours, theirs: theirs)
        }
        result.extras = MergeRules.extras(ExtraFields(), ours.extras, theirs.extras)
        return result
    }
}
