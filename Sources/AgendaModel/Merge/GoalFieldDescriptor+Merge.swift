import Foundation

/// How the fields that are not one value (lists, notes, history, times, origin) merge, by their rule
/// in the goal's field table; the single values go through `FieldMerger` and `RecordField.goal`.
extension GoalFieldDescriptor {
    /// Sets the field of `result` to the three-way merge of the copies' values. Without `base` (copies
    /// with no common version), lists are united, and notes and history keep their own order, oldest first.
    func mergeThreeWay(into result: inout Goal, base: Goal?, ours: Goal, theirs: Goal) {
        switch (merge, kind) {
        case (.set, .list(let field)):
            field.set(&result, MergeRules.set(base.map(field.get) ?? [], field.get(ours), field.get(theirs), by: <))
        case (.set, .notes(let field)):
            var notes = MergeRules.set(base.map(field.get) ?? [], field.get(ours), field.get(theirs), by: GoalMerge.notePrecedes)
            if base == nil { notes.sort(by: GoalMerge.notePrecedes) }
            field.set(&result, notes)
        case (.set, .history(let field)):
            var history = MergeRules.set(
                base.map(field.get) ?? [], field.get(ours), field.get(theirs), by: GoalMerge.changePrecedes)
            if base == nil { history.sort(by: GoalMerge.changePrecedes) }
            field.set(&result, history)
        case (.earliest, .time(let field)):
            field.set(&result, min(field.get(ours), field.get(theirs)))
        case (.latest, .time(let field)):
            field.set(&result, max(field.get(ours), field.get(theirs)))
        case (.byLanguage, .translations(let field)):
            field.set(&result, Translations.merged(base: base.map(field.get), field.get(ours), field.get(theirs)))
        case (.quietly, .origin(let field)):
            if let base, let value = MergeRules.pick(field.get(base), field.get(ours), field.get(theirs)) {
                field.set(&result, value)
            } else {
                field.set(&result, MergeRules.later(field.get(ours), field.get(theirs)))
            }
        default:
            break
        }
    }

    /// Sets the field of `result` (a copy of `ours`) to the two-way merge of the copies' values: lists
    /// united in ours' order with theirs' new elements after, notes and history as sets.
    func mergeTwoWay(into result: inout Goal, ours: Goal, theirs: Goal) {
        switch (merge, kind) {
        case (.set, .list(let field)):
            let mine = field.get(ours)
            field.set(&result, mine + field.get(theirs).filter { !mine.contains($0) })
        case (.set, .notes(let field)):
            field.set(&result, MergeRules.set([], field.get(ours), field.get(theirs), by: GoalMerge.notePrecedes))
        case (.set, .history(let field)):
            field.set(&result, MergeRules.set([], field.get(ours), field.get(theirs), by: GoalMerge.changePrecedes))
        case (.earliest, .time(let field)):
            field.set(&result, min(field.get(ours), field.get(theirs)))
        case (.latest, .time(let field)):
            field.set(&result, max(field.get(ours), field.get(theirs)))
        case (.byLanguage, .translations(let field)):
            field.set(&result, Translations.merged(base: nil, field.get(ours), field.get(theirs)))
        case (.quietly, .origin(let field)):
            if field.get(ours) != field.get(theirs) { field.set(&result, MergeRules.later(field.get(ours), field.get(theirs))) }
        default:
            break
        }
    }
}
