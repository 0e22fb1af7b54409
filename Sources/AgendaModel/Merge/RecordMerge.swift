import Foundation

/// How the lists of records with ids (areas, organizations, people, sessions, goals) merge: record by
/// record, in an order that does not depend on which copy is called ours.
enum RecordMerge {
    /// The merged list: for each id in either copy or the base, `merge` gives the records to keep
    /// (none when deleted, two when both copies added different records under one id).
    ///
    /// Order: when only one copy changed which ids the list holds and in what order, that copy's
    /// order; otherwise the base's, with records new to the base after it, sorted by `precedes`.
    static func merge<Record>(
        base: [Record], ours: [Record], theirs: [Record], id: (Record) -> String,
        precedes: (Record, Record) -> Bool, merge: (Record?, Record?, Record?) -> [Record]
    ) -> [Record] {
        let baseIDs = base.map(id), ourIDs = ours.map(id), theirIDs = theirs.map(id)
        let b = index(base, id), o = index(ours, id), t = index(theirs, id)
        var order: [String]
        var seen: Set<String>
        if ourIDs == baseIDs || theirIDs == baseIDs {
            order = ourIDs == baseIDs ? theirIDs : ourIDs
            seen = Set(order)
            for key in baseIDs where seen.insert(key).inserted { order.append(key) }
        } else {
            // The base's order, each id once: a base read unchecked may hold an id twice.
            order = []
            seen = []
            for key in baseIDs where seen.insert(key).inserted { order.append(key) }
        }
        var added: [Record] = []
        for key in ourIDs + theirIDs where !seen.contains(key) {
            seen.insert(key)
            if let mine = o[key], let other = t[key] {
                added.append(precedes(other, mine) ? other : mine)
            } else if let record = o[key] ?? t[key] {
                added.append(record)
            }
        }
        order += added.sorted(by: precedes).map(id)
        var result: [Record] = []
        for key in order {
            result += merge(b[key], o[key], t[key])
        }
        return result
    }

    /// The records by id; a duplicate id (an invalid file) keeps its first record.
    private static func index<Record>(_ records: [Record], _ id: (Record) -> String) -> [String: Record] {
        var byID: [String: Record] = [:]
        byID.reserveCapacity(records.count)
        for record in records where byID[id(record)] == nil { byID[id(record)] = record }
        return byID
    }

    /// One record of a list of simple records (areas, organizations, people): field by field when
    /// both copies hold it; kept and flagged when one deleted it and the other changed it.
    static func fields<Record: Equatable>(
        _ b: Record?, _ o: Record?, _ t: Record?, subject: ConflictSubject, id: String,
        fields: [RecordField<Record>], sets: [WritableKeyPath<Record, [String]>],
        extras: WritableKeyPath<Record, ExtraFields>, translations: WritableKeyPath<Record, Translations>? = nil,
        merger: inout FieldMerger
    ) -> [Record] {
        switch (b, o, t) {
        case (_, let o?, let t?):
            if o == t { return [o] }
            if let b, o == b { return [t] }
            if let b, t == b { return [o] }
            var result = o
            merger.merge(&result, base: b, ours: o, theirs: t, fields: fields, subject: subject, id: id)
            for set in sets {
                result[keyPath: set] = MergeRules.set(b?[keyPath: set] ?? [], o[keyPath: set], t[keyPath: set], by: <)
            }
            result[keyPath: extras] = MergeRules.extras(b?[keyPath: extras] ?? ExtraFields(), o[keyPath: extras], t[keyPath: extras])
            if let translations {
                result[keyPath: translations] = Translations.merged(
                    base: b?[keyPath: translations], o[keyPath: translations], t[keyPath: translations])
            }
            return [result]
        case (let b?, let kept?, nil), (let b?, nil, let kept?):
            if kept == b { return [] }
            merger.record(wholeRecordKept(subject: subject, id: id, keptBy: nil))
            return [kept]
        case (nil, let only?, nil), (nil, nil, let only?):
            return [only]
        default:
            return []
        }
    }

    /// The conflict of a record one copy deleted and the other changed, which the merge kept.
    static func wholeRecordKept(subject: ConflictSubject, id: String, keptBy change: (by: String?, time: Date?)?) -> MergeConflict {
        MergeConflict(
            subject: subject, id: id, field: subject.rawValue, kind: .deletedAndChanged,
            sides: MergeConflict.ordered(
                ConflictSide(value: MergeConflict.deleted),
                ConflictSide(value: MergeConflict.changed, by: change?.by, time: change?.time)))
    }
}

extension MergeConflict {
    /// The value of the side that deleted a record, in a conflict about the whole record.
    public static let deleted = "deleted"
    /// The value of the side that changed a record another side deleted.
    public static let changed = "changed"
}
