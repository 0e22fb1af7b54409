import AgendaModel

/// Reading a member of a layout's table: its value read by its shape and handed to its setter.
extension JSONReader {
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
        case .notes(_, let set): set(&record, try readArray(of: ObjectLayout<Note>.note))
        case .history(_, let set): set(&record, try readArray(of: ObjectLayout<Change>.change))
        case .origin(_, let set): set(&record, try readOptional(ObjectLayout<GoalOrigin>.origin))
        case .translations(_, let set): set(&record, try readTranslations())
        case .nested(let read, _): try read(&self, &record)
        }
    }
}
