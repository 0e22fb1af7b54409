/// How two versions of a session merge: a session is one record, kept whole.
enum SessionMerge {
    /// The sessions to keep for one id: the one version the copies agree on or only one changed; both,
    /// the later under a new id and recorded as a conflict, when both changed it differently.
    /// Translations merge apart, language by language (`Translations.merged`): two people translating a
    /// session's texts into different languages do not make its versions differ.
    static func merge(_ b: Session?, _ o: Session?, _ t: Session?, taken: Set<String>, merger: inout FieldMerger) -> [Session] {
        guard let o, let t else { return whole(b, o, t, taken: taken, merger: &merger) }
        let texts = SessionTexts.merged(base: b.map(SessionTexts.init), SessionTexts(o), SessionTexts(t))
        return whole(b.map(SessionTexts.stripped), SessionTexts.stripped(o), SessionTexts.stripped(t), taken: taken, merger: &merger)
            .map { texts.applied(to: $0) }
    }

    private static func whole(_ b: Session?, _ o: Session?, _ t: Session?, taken: Set<String>, merger: inout FieldMerger) -> [Session] {
        switch (b, o, t) {
        case (_, let o?, let t?):
            if let b, let picked = MergeRules.pick(b, o, t) { return [picked] }
            if o == t { return [o] }
            var second = MergeRules.later(o, t)
            let first = second == o ? t : o
            var n = 2
            while taken.contains(first.id + "-\(n)") { n += 1 }
            second.id = first.id + "-\(n)"
            merger.record(MergeConflict(
                subject: .session, id: first.id, field: "session", kind: merger.kind,
                sides: [ConflictSide(value: first.id), ConflictSide(value: second.id)]))
            return [first, second]
        case (let b?, let kept?, nil), (let b?, nil, let kept?):
            if kept == b { return [] }
            merger.record(RecordMerge.wholeRecordKept(subject: .session, id: kept.id, keptBy: nil))
            return [kept]
        case (nil, let only?, nil), (nil, nil, let only?):
            return [only]
        default:
            return []
        }
    }
}
