import AgendaModel

/// Reading objects by their layout: one pass over the members, each known member read by its layout
/// and refused when it comes twice, unknown ones kept, missing required ones reported.
extension JSONReader {
    /// The object that comes next, read into a record by `layout`.
    mutating func read<Record>(_ layout: ObjectLayout<Record>) throws(JSONSyntaxError) -> Record {
        skipWhitespace()
        let start = offset
        var record = layout.make()
        var seen = MemberSet()
        var next = 0
        try readObject { (r, key) throws(JSONSyntaxError) in
            let at = r.offset
            do throws(JSONSyntaxError) {
                if let index = layout.index(of: key, from: next) {
                    try seen.insert(index, key: key, at: at)
                    next = index + 1
                    let member = layout.members[index]
                    if member.isPassedOver {
                        try r.skipQuickly()
                    } else {
                        try r.readValue(member.value, into: &record)
                    }
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
        for index in layout.required where !seen.contains(index) {
            throw Self.missing(layout.keys[index], in: layout.described(record, missing: index), at: start)
        }
        layout.finish?(&record, seen)
        return record
    }

    /// A member's value, read into the record by its shape.
    @inline(__always)
    mutating func readValue<Record>(_ value: ObjectLayout<Record>.Value, into record: inout Record) throws(JSONSyntaxError) {
        switch value {
        case .text(_, let set): set(&record, try readString())
        case .optionalText(_, let set): set(&record, try readOptionalString())
        case .prose(_, let set): set(&record, try readOptionalString() ?? "")
        case .int(_, let set): set(&record, try readInt())
        case .bool(_, let set): set(&record, try readBool())
        case .optionalBool(_, let set): set(&record, try readNullIfPresent() ? nil : try readBool())
        case .time(_, let set): set(&record, try readTimestamp())
        case .optionalTime(_, let set): set(&record, try readOptionalTimestamp())
        case .day(_, let set, let refusal):
            let at = offset
            guard let day = try readDay() else { throw JSONSyntaxError(refusal, at: at) }
            set(&record, day)
        case .optionalDay(_, let set): set(&record, try readDay())
        case .texts(_, let set): set(&record, try readStringArray())
        case .notes(_, let set): set(&record, try readArray(of: .note))
        case .history(_, let set): set(&record, try readArray(of: .change))
        case .origin(_, let set): set(&record, try readOptional(.origin))
        case .nested(let read, _): try read(&self, &record)
        }
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
