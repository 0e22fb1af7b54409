import AgendaModel

/// Reading objects by their codec: one pass over the members, each known member read by the codec
/// and refused when it comes twice, unknown ones kept, missing required ones reported.
extension JSONReader {
    /// The object that comes next, read into a record by `codec`.
    @inline(__always)
    mutating func read<Codec: ObjectCodec>(_ codec: Codec) throws(JSONSyntaxError) -> Codec.Record {
        skipWhitespace()
        let start = offset
        var record = codec.makeRecord()
        var seen = MemberSet()
        var next = 0
        try readObject { (r, key) throws(JSONSyntaxError) in
            let at = r.offset
            do throws(JSONSyntaxError) {
                if let number = codec.number(of: key, from: next) {
                    try seen.insert(number, key: key, at: at)
                    next = number + 1
                    try codec.read(member: number, &r, into: &record)
                } else if codec.skipsUnknown {
                    try r.skipQuickly()
                } else {
                    let value = try r.readUniqueValue()
                    try seen.insertUnknown(key, at: at)
                    record.extras.members.append(JSONMember(key, value))
                }
            } catch {
                throw codec.namesMembers ? error.within(key) : error
            }
        }
        try codec.finishReading(&record, seen: seen, at: start)
        return record
    }

    /// An array of objects, each read by `codec`.
    mutating func readArray<Codec: ObjectCodec>(of codec: Codec) throws(JSONSyntaxError) -> [Codec.Record] {
        var records: [Codec.Record] = []
        try readArray { (r) throws(JSONSyntaxError) in records.append(try r.read(codec)) }
        return records
    }

    /// An object read by `codec`, or nil for `null`.
    mutating func readOptional<Codec: ObjectCodec>(_ codec: Codec) throws(JSONSyntaxError) -> Codec.Record? {
        try readNullIfPresent() ? nil : read(codec)
    }
}
