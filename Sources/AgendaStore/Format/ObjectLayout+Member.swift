import AgendaModel
import Foundation

/// The common shapes of members, given the record's accessors for them (closures that capture
/// nothing, as the tables write them).
extension ObjectLayout.Member {
    typealias Getter<Value> = ObjectLayout.Getter<Value>
    typealias Setter<Value> = ObjectLayout.Setter<Value>

    static func text(_ key: String, required: Bool = false, _ get: @escaping Getter<String>, _ set: @escaping Setter<String>) -> Self {
        Self(key, required: required, .text(get, set))
    }

    static func optionalText(_ key: String, _ get: @escaping Getter<String?>, _ set: @escaping Setter<String?>) -> Self {
        Self(key, .optionalText(get, set))
    }

    static func prose(_ key: String, _ get: @escaping Getter<String>, _ set: @escaping Setter<String>) -> Self {
        Self(key, .prose(get, set))
    }

    static func int(_ key: String, _ get: @escaping Getter<Int>, _ set: @escaping Setter<Int>) -> Self {
        Self(key, .int(get, set))
    }

    static func bool(_ key: String, _ get: @escaping Getter<Bool>, _ set: @escaping Setter<Bool>) -> Self {
        Self(key, .bool(get, set))
    }

    static func optionalBool(_ key: String, _ get: @escaping Getter<Bool?>, _ set: @escaping Setter<Bool?>) -> Self {
        Self(key, .optionalBool(get, set))
    }

    static func time(_ key: String, required: Bool = false, _ get: @escaping Getter<Date>, _ set: @escaping Setter<Date>) -> Self {
        Self(key, required: required, .time(get, set))
    }

    static func optionalTime(_ key: String, _ get: @escaping Getter<Date?>, _ set: @escaping Setter<Date?>) -> Self {
        Self(key, .optionalTime(get, set))
    }

    /// A calendar day the object must have; `null` is refused with `refusal`.
    static func day(_ key: String, refusing refusal: String, _ get: @escaping Getter<Day>, _ set: @escaping Setter<Day>) -> Self {
        Self(key, required: true, .day(get, set, refusal: refusal))
    }

    static func optionalDay(_ key: String, _ get: @escaping Getter<Day?>, _ set: @escaping Setter<Day?>) -> Self {
        Self(key, .optionalDay(get, set))
    }

    static func texts(_ key: String, _ get: @escaping Getter<[String]>, _ set: @escaping Setter<[String]>) -> Self {
        Self(key, .texts(get, set))
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
        Self(key, required: isRequired, value, passedOver: true)
    }
}
