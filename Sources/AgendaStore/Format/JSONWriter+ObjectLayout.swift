import AgendaModel

/// Writing a member of a layout's table: its value got by its getter and written by its shape.
extension JSONWriter {
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
        case .notes(let get, _): member(key, get(record), ObjectLayout<Note>.note)
        case .history(let get, _): member(key, get(record), ObjectLayout<Change>.change)
        case .origin(let get, _): member(key, get(record), ObjectLayout<GoalOrigin>.origin)
        case .translations(let get, _): member(key, translations: get(record))
        case .nested(_, let write): write(record, &self)
        }
    }
}
