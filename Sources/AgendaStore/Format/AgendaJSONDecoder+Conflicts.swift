import AgendaModel

extension AgendaJSONDecoder {
    /// One merge conflict record of the `conflicts` member.
    static func conflict(_ r: inout Reader) throws(JSONSyntaxError) -> MergeConflict {
        r.skipWhitespace()
        let start = r.offset
        var conflict = MergeConflict(id: "", field: "", kind: .bothChanged, sides: [])
        var seen = MemberSet()
        try r.readObject { (r, key) throws(JSONSyntaxError) in
            let at = r.offset
            do throws(JSONSyntaxError) {
                switch key {
                case "subject":
                    try seen.insert(0, key: key, at: at)
                    conflict.subject = ConflictSubject(rawValue: try r.readString())
                case "id": try seen.insert(1, key: key, at: at); conflict.id = try r.readString()
                case "field": try seen.insert(2, key: key, at: at); conflict.field = try r.readString()
                case "kind": try seen.insert(3, key: key, at: at); conflict.kind = ConflictKind(rawValue: try r.readString())
                case "base": try seen.insert(4, key: key, at: at); conflict.base = try r.readOptionalString()
                case "sides":
                    try seen.insert(5, key: key, at: at)
                    try r.readArray { (r) throws(JSONSyntaxError) in conflict.sides.append(try side(&r)) }
                default: try conflict.extras.add(key, try r.readUniqueValue(), at: at, seen: &seen)
                }
            } catch {
                throw error.within(key)
            }
        }
        guard seen.contains(1) else { throw Reader.missing("id", in: "a conflict", at: start) }
        guard seen.contains(2) else { throw Reader.missing("field", in: "a conflict", at: start) }
        guard seen.contains(5) else { throw Reader.missing("sides", in: "a conflict", at: start) }
        return conflict
    }

    /// One side of a merge conflict: a value, who set it and when.
    static func side(_ r: inout Reader) throws(JSONSyntaxError) -> ConflictSide {
        var side = ConflictSide(value: nil)
        var seen = MemberSet()
        try r.readObject { (r, key) throws(JSONSyntaxError) in
            let at = r.offset
            do throws(JSONSyntaxError) {
                switch key {
                case "value": try seen.insert(0, key: key, at: at); side.value = try r.readOptionalString()
                case "by": try seen.insert(1, key: key, at: at); side.by = try r.readOptionalString()
                case "time": try seen.insert(2, key: key, at: at); side.time = try r.readOptionalTimestamp()
                default: try side.extras.add(key, try r.readUniqueValue(), at: at, seen: &seen)
                }
            } catch {
                throw error.within(key)
            }
        }
        return side
    }
}
