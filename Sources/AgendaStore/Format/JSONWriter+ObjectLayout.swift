import AgendaModel

/// Writing objects by their layout: members in the documented order, then the unknown members kept.
extension JSONWriter {
    /// Writes a record as an object.
    mutating func write<Record>(_ record: Record, _ layout: ObjectLayout<Record>) {
        beginObject()
        for member in layout.members {
            member.write(record, &self)
        }
        extras(record.extras)
        endObject()
    }

    /// Writes records as the elements of the open array.
    mutating func writeElements<Record>(_ records: some Sequence<Record>, _ layout: ObjectLayout<Record>) {
        for record in records {
            element()
            write(record, layout)
        }
    }

    /// Writes an array of records as a member.
    mutating func member<Record>(_ name: String, _ records: [Record], _ layout: ObjectLayout<Record>) {
        key(name)
        beginArray()
        writeElements(records, layout)
        endArray()
    }

    /// Writes a record as a member when there is one.
    mutating func member<Record>(_ name: String, _ record: Record?, _ layout: ObjectLayout<Record>) {
        guard let record else { return }
        key(name)
        write(record, layout)
    }
}
