import AgendaModel

/// Writing objects by their codec: members in the documented order, then the unknown members kept.
extension JSONWriter {
    /// Writes a record as an object.
    @inline(__always)
    mutating func write<Codec: ObjectCodec>(_ record: Codec.Record, _ codec: Codec) {
        beginObject()
        codec.writeMembers(of: record, &self)
        extras(record.extras)
        endObject()
    }

    /// Writes records as the elements of the open array.
    mutating func writeElements<Codec: ObjectCodec>(_ records: some Sequence<Codec.Record>, _ codec: Codec) {
        for record in records {
            element()
            write(record, codec)
        }
    }

    /// Writes an array of records as a member.
    mutating func member<Codec: ObjectCodec>(_ name: String, _ records: [Codec.Record], _ codec: Codec) {
        key(name)
        beginArray()
        writeElements(records, codec)
        endArray()
    }

    /// Writes a record as a member when there is one.
    mutating func member<Codec: ObjectCodec>(_ name: String, _ record: Codec.Record?, _ codec: Codec) {
        guard let record else { return }
        key(name)
        write(record, codec)
    }
}
