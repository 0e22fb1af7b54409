import AgendaModel

/// Reading objects by their layout: one pass over the members, each known member read by its layout
/// and refused when it comes twice, unknown ones kept, missing required ones reported.
extension JSONReader {
    /// The object that comes next, read into a record by `layout`.
    mutating func read<Record>(_ layout: ObjectLayout<Record>) throws(JSONSyntaxError) -> Record {
        skipWhitespace()
        let start = offset
        var record = layout.empty
        var seen = MemberSet()
        var next = 0
        try readObject { (r, key) throws(JSONSyntaxError) in
            let at = r.offset
            do throws(JSONSyntaxError) {
                if let index = layout.index(of: key, from: next) {
                    try seen.insert(index, key: key, at: at)
                    next = index + 1
                    try layout.members[index].read(&r, &record)
                } else if layout.unknown == .skip {
                    try r.skipQuickly()
                } else {
                    let value = try r.readUniqueValue()
                    try seen.insertUnknown(key, at: at)
                    record.extras.members.append(JSONMember(key, value))
                }
            } catch {
                throw layout.namesMembers ? error.within(key) : error
            }
        }
        for (index, member) in layout.members.enumerated() where member.isRequired && !seen.contains(index) {
            throw Self.missing(member.key, in: layout.described(record, missing: index), at: start)
        }
        layout.finish?(&record, seen)
        return record
    }

    /// An array of objects, each read by `layout`.
    mutating func readArray<Record>(of layout: ObjectLayout<Record>) throws(JSONSyntaxError) -> [Record] {
        var records: [Record] = []
        try readArray { (r) throws(JSONSyntaxError) in records.append(try r.read(layout)) }
        return records
    }

    /// An object read by `layout`, or nil for `null`.
    mutating func readOptional<Record>(_ layout: ObjectLayout<Record>) throws(JSONSyntaxError) -> Record? {
        try readNullIfPresent() ? nil : read(layout)
    }
}
