import AgendaModel

/// A layout read and written member by member through its table: each member's shape says how its
/// value is read and written, and the closures of the table get and set it on the record.
extension ObjectLayout: ObjectCodec {
    func makeRecord() -> Record {
        make()
    }

    func number(of key: String, from next: Int) -> Int? {
        index(of: key, from: next)
    }

    @inline(__always)
    func read(member number: Int, _ r: inout JSONReader, into record: inout Record) throws(JSONSyntaxError) {
        if members[number].isPassedOver {
            try r.skipQuickly()
        } else {
            try r.readValue(members[number].value, into: &record)
        }
    }

    var skipsUnknown: Bool { unknown == .skip }

    func finishReading(_ record: inout Record, seen: MemberSet, at start: Int) throws(JSONSyntaxError) {
        try refuseMissing(record, seen: seen, at: start)
        finish?(&record, seen)
    }

    /// Throws for the first required member the object lacks, naming the object as errors do.
    func refuseMissing(_ record: Record, seen: MemberSet, at start: Int) throws(JSONSyntaxError) {
        for index in required where !seen.contains(index) {
            throw JSONReader.missing(keys[index], in: described(record, missing: index), at: start)
        }
    }

    func writeMembers(of record: Record, _ w: inout JSONWriter) {
        for index in members.indices {
            w.write(members[index].value, of: record, as: members[index].key)
        }
    }
}
