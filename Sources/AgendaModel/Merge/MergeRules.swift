/// The rules of a three-way merge for one value and for one list, shared by every record.
enum MergeRules {
    /// The merged value of a field both copies started from `base`: the one value they agree on, or
    /// the one a single copy changed; nil when both changed it differently.
    static func pick<Value: Equatable>(_ base: Value, _ ours: Value, _ theirs: Value) -> Value? {
        if ours == theirs { return ours }
        if ours == base { return theirs }
        if theirs == base { return ours }
        return nil
    }

    /// A list merged as a set: what either copy removed is gone, what either added is there.
    ///
    /// When only one copy changed the list, that copy's list is the result as it is. Otherwise the
    /// elements of `base` both kept stay in `base`'s order, and the elements either copy added follow,
    /// sorted by `precedes`, so the result does not depend on which copy is called ours.
    static func set<Element: Equatable>(
        _ base: [Element], _ ours: [Element], _ theirs: [Element], by precedes: (Element, Element) -> Bool
    ) -> [Element] {
        if ours == theirs || theirs == base { return ours }
        if ours == base { return theirs }
        var result = base.filter { ours.contains($0) && theirs.contains($0) }
        var added: [Element] = []
        for element in ours + theirs where !base.contains(element) && !added.contains(element) {
            added.append(element)
        }
        result += added.sorted(by: precedes)
        return result
    }

    /// Members of unknown fields merged key by key; a key both copies changed takes the value that
    /// sorts last, so the result does not depend on which copy is called ours.
    static func extras(_ base: ExtraFields, _ ours: ExtraFields, _ theirs: ExtraFields) -> ExtraFields {
        if ours == theirs || theirs == base { return ours }
        if ours == base { return theirs }
        var keys = base.members.map(\.key)
        let added = Set(ours.members.map(\.key) + theirs.members.map(\.key)).subtracting(keys).sorted()
        keys += added
        var merged = ExtraFields()
        for key in keys {
            let value = pick(base[key], ours[key], theirs[key]) ?? later(ours[key], theirs[key])
            if let value { merged.members.append(JSONMember(key, value)) }
        }
        return merged
    }

    /// Of two values both copies set, the one that sorts last by its text: an arbitrary but fixed choice.
    static func later<Value>(_ a: Value, _ b: Value) -> Value {
        String(describing: a) >= String(describing: b) ? a : b
    }
}
