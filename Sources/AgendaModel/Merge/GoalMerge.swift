import Foundation

/// How two versions of one goal merge: each field by its rule in `Goal.fields` (single values by the
/// three-way rule, lists as sets), unknown members key by key.
enum GoalMerge {
    /// The merged goal; conflicts on its fields go to `merger`. Without `base` (copies with no common
    /// version), lists are united and fields that differ conflict.
    static func merge(base: Goal?, ours: Goal, theirs: Goal, into merger: inout FieldMerger) -> Goal {
        if ours == theirs { return ours }
        if let base {
            if ours == base { return theirs }
            if theirs == base { return ours }
        }
        var result = ours
        merger.merge(
            &result, base: base, ours: ours, theirs: theirs, fields: RecordField.goal, subject: .goal, id: ours.id,
            side: { goal, field in lastChange(of: field, in: goal, since: base) })
        for field in Goal.fields {
            field.mergeThreeWay(into: &result, base: base, ours: ours, theirs: theirs)
        }
        result.extras = MergeRules.extras(base?.extras ?? ExtraFields(), ours.extras, theirs.extras)
        return result
    }

    /// Who last changed a field in a copy, and when, from the entries of its history that the common
    /// version does not have; the goal's last update when its history does not tell.
    static func lastChange(of field: String, in goal: Goal, since base: Goal?) -> (by: String?, time: Date?) {
        let shared = base?.history ?? []
        let entry = goal.history.last { $0.field == field && !shared.contains($0) }
        if let entry { return (entry.by, entry.time) }
        return (nil, goal.updatedAt)
    }

    static func notePrecedes(_ a: Note, _ b: Note) -> Bool {
        if a.time != b.time { return a.time < b.time }
        if a.author != b.author { return a.author < b.author }
        return a.text < b.text
    }

    static func changePrecedes(_ a: Change, _ b: Change) -> Bool {
        if a.time != b.time { return a.time < b.time }
        if a.field != b.field { return a.field < b.field }
        if a.by != b.by { return a.by < b.by }
        if a.from != b.from { return (a.from ?? "") < (b.from ?? "") }
        return (a.to ?? "") < (b.to ?? "")
    }
}
