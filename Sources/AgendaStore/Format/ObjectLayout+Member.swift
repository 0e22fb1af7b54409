import AgendaModel
import Foundation

/// The common shapes of members: how a text, a number, a time, a list or a nested object is read
/// from the file and written back, given the record's accessors for it.
extension ObjectLayout.Member {
    typealias Getter<Value> = @Sendable (Record) -> Value
    typealias Setter<Value> = @Sendable (inout Record, Value) -> Void

    /// A text the object always has.
    static func text(_ key: String, required: Bool = false, _ get: @escaping Getter<String>, _ set: @escaping Setter<String>) -> Self {
        Self(key, required: required, read: { (r, record) throws(JSONSyntaxError) in set(&record, try r.readString()) },
             write: { record, w in w.member(key, get(record)) })
    }

    /// A text that may be absent (`null`, or left out when written).
    static func optionalText(_ key: String, _ get: @escaping Getter<String?>, _ set: @escaping Setter<String?>) -> Self {
        Self(key, read: { (r, record) throws(JSONSyntaxError) in set(&record, try r.readOptionalString()) },
             write: { record, w in w.member(key, get(record)) })
    }

    /// A text that is empty when there is none: always written, `null` read as empty.
    static func prose(_ key: String, _ get: @escaping Getter<String>, _ set: @escaping Setter<String>) -> Self {
        Self(key, read: { (r, record) throws(JSONSyntaxError) in set(&record, try r.readOptionalString() ?? "") },
             write: { record, w in w.member(key, get(record)) })
    }

    /// A whole number.
    static func int(_ key: String, _ get: @escaping Getter<Int>, _ set: @escaping Setter<Int>) -> Self {
        Self(key, read: { (r, record) throws(JSONSyntaxError) in set(&record, try r.readInt()) },
             write: { record, w in w.member(key, get(record)) })
    }

    /// `true` or `false`, always written.
    static func bool(_ key: String, _ get: @escaping Getter<Bool>, _ set: @escaping Setter<Bool>) -> Self {
        Self(key, read: { (r, record) throws(JSONSyntaxError) in set(&record, try r.readBool()) },
             write: { record, w in
                 w.key(key)
                 w.bool(get(record))
             })
    }

    /// `true` or `false` that may be absent (`null`, or left out when written).
    static func optionalBool(_ key: String, _ get: @escaping Getter<Bool?>, _ set: @escaping Setter<Bool?>) -> Self {
        Self(key, read: { (r, record) throws(JSONSyntaxError) in set(&record, try r.readNullIfPresent() ? nil : try r.readBool()) },
             write: { record, w in
                 guard let value = get(record) else { return }
                 w.key(key)
                 w.bool(value)
             })
    }

    /// A time in ISO 8601 UTC.
    static func time(_ key: String, required: Bool = false, _ get: @escaping Getter<Date>, _ set: @escaping Setter<Date>) -> Self {
        Self(key, required: required, read: { (r, record) throws(JSONSyntaxError) in set(&record, try r.readTimestamp()) },
             write: { record, w in w.member(key, time: get(record)) })
    }

    /// A time that may be absent.
    static func optionalTime(_ key: String, _ get: @escaping Getter<Date?>, _ set: @escaping Setter<Date?>) -> Self {
        Self(key, read: { (r, record) throws(JSONSyntaxError) in set(&record, try r.readOptionalTimestamp()) },
             write: { record, w in w.member(key, time: get(record)) })
    }

    /// A calendar day the object must have; `null` is refused with `refusal`.
    static func day(_ key: String, refusing refusal: String, _ get: @escaping Getter<Day>, _ set: @escaping Setter<Day>) -> Self {
        Self(key, required: true,
             read: { (r, record) throws(JSONSyntaxError) in
                 let at = r.offset
                 guard let day = try r.readDay() else { throw JSONSyntaxError(refusal, at: at) }
                 set(&record, day)
             },
             write: { record, w in w.member(key, get(record).description) })
    }

    /// A calendar day that may be absent.
    static func optionalDay(_ key: String, _ get: @escaping Getter<Day?>, _ set: @escaping Setter<Day?>) -> Self {
        Self(key, read: { (r, record) throws(JSONSyntaxError) in set(&record, try r.readDay()) },
             write: { record, w in w.member(key, get(record)?.description) })
    }

    /// A list of texts.
    static func texts(_ key: String, _ get: @escaping Getter<[String]>, _ set: @escaping Setter<[String]>) -> Self {
        Self(key, read: { (r, record) throws(JSONSyntaxError) in set(&record, try r.readStringArray()) },
             write: { record, w in w.member(key, get(record)) })
    }

    /// A nested object, always written.
    static func object<Value>(
        _ key: String, _ layout: ObjectLayout<Value>, _ get: @escaping Getter<Value>, _ set: @escaping Setter<Value>
    ) -> Self {
        Self(key, read: { (r, record) throws(JSONSyntaxError) in set(&record, try r.read(layout)) },
             write: { record, w in
                 w.key(key)
                 w.write(get(record), layout)
             })
    }

    /// A nested object that may be absent (`null`, or left out when written).
    static func optionalObject<Value>(
        _ key: String, _ layout: ObjectLayout<Value>, _ get: @escaping Getter<Value?>, _ set: @escaping Setter<Value?>
    ) -> Self {
        Self(key, read: { (r, record) throws(JSONSyntaxError) in set(&record, try r.readOptional(layout)) },
             write: { record, w in w.member(key, get(record), layout) })
    }

    /// An array of objects, always written.
    static func objects<Value>(
        _ key: String, required: Bool = false, _ layout: ObjectLayout<Value>, _ get: @escaping Getter<[Value]>,
        _ set: @escaping Setter<[Value]>
    ) -> Self {
        Self(key, required: required, read: { (r, record) throws(JSONSyntaxError) in set(&record, try r.readArray(of: layout)) },
             write: { record, w in w.member(key, get(record), layout) })
    }

    /// The same member, checked as JSON and passed over when read, as a listing does.
    var passedOver: Self {
        Self(key, required: isRequired, read: { (r, _) throws(JSONSyntaxError) in try r.skipQuickly() }, write: write)
    }
}
