import Foundation

/// Merges the single-valued fields of one record, field by field, collecting the conflicts it finds.
struct FieldMerger {
    /// The kind of conflict a field both copies changed is recorded as.
    let kind: ConflictKind
    private(set) var conflicts: [MergeConflict] = []

    init(kind: ConflictKind) {
        self.kind = kind
    }

    /// Sets each field of `result` to the merged value of the three versions: the one value the
    /// copies agree on, or the one a single copy changed. A field both changed takes the later
    /// change (by `side`, which tells who set a field and when in a copy) and is recorded as a
    /// conflict with both values. With no `base`, any field the copies hold differently conflicts.
    mutating func merge<Record>(
        _ result: inout Record, base: Record?, ours: Record, theirs: Record, fields: [RecordField<Record>],
        subject: ConflictSubject, id: String,
        side: (Record, String) -> (by: String?, time: Date?) = { _, _ in (nil, nil) }
    ) {
        for field in fields {
            let o = field.get(ours)
            let t = field.get(theirs)
            let b = base.map(field.get)
            if let b, let value = MergeRules.pick(b, o, t) {
                field.set(&result, value)
                continue
            }
            if base == nil, o == t {
                field.set(&result, o)
                continue
            }
            let oursSide = side(ours, field.name)
            let theirsSide = side(theirs, field.name)
            let sides = MergeConflict.ordered(
                ConflictSide(value: o, by: oursSide.by, time: oursSide.time),
                ConflictSide(value: t, by: theirsSide.by, time: theirsSide.time))
            // The later change holds the field meanwhile; the record keeps both.
            field.set(&result, sides[1].value)
            conflicts.append(MergeConflict(
                subject: subject, id: id, field: field.name, kind: kind, base: b ?? nil, sides: sides))
        }
    }

    /// Records a conflict found outside the field tables (a whole record kept, a cycle broken).
    mutating func record(_ conflict: MergeConflict) {
        conflicts.append(conflict)
    }
}
