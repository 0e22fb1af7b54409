import AgendaModel

/// The layouts of the merge conflict records of the `conflicts` member and of their sides.
extension ObjectLayout where Record == MergeConflict {
    static let conflict = ObjectLayout(
        { MergeConflict(id: "", field: "", kind: .bothChanged, sides: []) }, "a conflict",
        members: [
            .text("subject", { $0.subject.rawValue }, { $0.subject = ConflictSubject(rawValue: $1) }),
            .text("id", required: true, { $0.id }, { $0.id = $1 }),
            .text("field", required: true, { $0.field }, { $0.field = $1 }),
            .text("kind", { $0.kind.rawValue }, { $0.kind = ConflictKind(rawValue: $1) }),
            .optionalText("base", { $0.base }, { $0.base = $1 }),
            .objects("sides", required: true, .side, { $0.sides }, { $0.sides = $1 }),
        ])
}

extension ObjectLayout where Record == ConflictSide {
    /// One side of a merge conflict: a value, who set it and when.
    static let side = ObjectLayout(
        { ConflictSide(value: nil) }, "a conflict side",
        members: [
            .optionalText("value", { $0.value }, { $0.value = $1 }),
            .optionalText("by", { $0.by }, { $0.by = $1 }),
            .optionalTime("time", { $0.time }, { $0.time = $1 }),
        ])
}

extension MergeConflict: KeepsUnknownMembers {}
extension ConflictSide: KeepsUnknownMembers {}
