import AgendaModel

/// Writing objects by their layout: members in the documented order, then the unknown members kept.
extension JSONWriter {
    /// Writes a record as an object.
    mutating func write<Record>(_ record: Record, _ layout: ObjectLayout<Record>) {
        beginObject()
        for member in layout.members {
            write(member.value, of: record, as: member.key)
        }
        extras(record.extras)
        endObject()
    }

    /// Writes a member of a record by its shape; nothing for an absent optional value.
    @inline(__always)
    mutating func write<Record>(_ value: ObjectLayout<Record>.Value, of record: Record, as key: String) {
        switch value {
        case .text(let get, _), .prose(let get, _): member(key, get(record))
        case .optionalText(let get, _): member(key, get(record))
        case .int(let get, _): member(key, get(record))
        case .bool(let get, _):
            self.key(key)
            bool(get(record))
        case .optionalBool(let get, _):
            guard let flag = get(record) else { return }
            self.key(key)
            bool(flag)
        case .time(let get, _): member(key, time: get(record))
        case .optionalTime(let get, _): member(key, time: get(record))
        case .day(let get, _, _): member(key, get(record).description)
        case .optionalDay(let get, _): member(key, get(record)?.description)
        case .texts(let get, _): member(key, get(record))
        case .notes(let get, _): member(key, get(record), .note)
        case .history(let get, _): member(key, get(record), .change)
        case .origin(let get, _): member(key, get(record), .origin)
        case .nested(_, let write): write(record, &self)
        }
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
