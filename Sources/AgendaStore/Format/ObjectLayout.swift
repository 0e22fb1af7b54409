import AgendaModel
import Foundation

/// One kind of object of the agenda file, described once: its members in the documented order, each
/// with how it is read into the record and written from it, and what the object is called in errors.
///
/// The reader (`JSONReader.read(_:)`) and the writer (`JSONWriter.write(_:_:)`) both go through it,
/// so a member's key, order and form are stated in one place. Members the layout does not name are
/// kept in the record's `extras` (or, in a listing, passed over) and written after the known ones.
/// For goals, notes, history entries and origins, the bulk of a file, they go through the code
/// generated from the layout instead (`GeneratedCodec`).
///
/// A class, so that a layout is passed and kept by one reference: a nested layout handed to the
/// reader for each note or history entry costs one reference count, not a copy of every table.
final class ObjectLayout<Record: KeepsUnknownMembers>: Sendable {
    /// Reads a member's value into the record; the reader stands at the value.
    typealias Read = @Sendable (inout JSONReader, inout Record) throws(JSONSyntaxError) -> Void
    /// Writes a member (key and value) of the record, or nothing for an absent optional member.
    typealias Write = @Sendable (Record, inout JSONWriter) -> Void

    /// One member of the object.
    struct Member: Sendable {
        let key: String
        /// Whether the object must have it.
        let isRequired: Bool
        let value: Value
        /// Whether a reader checks it as JSON and passes over it, as a listing does.
        let isPassedOver: Bool

        init(_ key: String, required: Bool = false, _ value: Value, passedOver: Bool = false) {
            self.key = key
            isRequired = required
            self.value = value
            isPassedOver = passedOver
        }

        /// A member read and written by closures of its own (a nested object, or a rule of its own).
        init(_ key: String, required: Bool = false, read: @escaping Read, write: @escaping Write) {
            self.init(key, required: required, .nested(read, write))
        }
    }

    typealias Getter<Value> = @Sendable (Record) -> Value
    typealias Setter<Value> = @Sendable (inout Record, Value) -> Void

    /// What a member holds, with the record's accessors for it.
    ///
    /// The reader and writer switch on the shape, so a member's accessors are the closures the tables
    /// write, which capture nothing: calling them counts no references on a shared context, which two
    /// cores reading or writing the goals at once would otherwise contend for on every member.
    enum Value: Sendable {
        /// A text the object always has.
        case text(Getter<String>, Setter<String>)
        /// A text that may be absent (`null`, or left out when written).
        case optionalText(Getter<String?>, Setter<String?>)
        /// A text that is empty when there is none: always written, `null` read as empty.
        case prose(Getter<String>, Setter<String>)
        case int(Getter<Int>, Setter<Int>)
        /// `true` or `false`, always written.
        case bool(Getter<Bool>, Setter<Bool>)
        /// `true` or `false` that may be absent.
        case optionalBool(Getter<Bool?>, Setter<Bool?>)
        /// A time in ISO 8601 UTC.
        case time(Getter<Date>, Setter<Date>)
        case optionalTime(Getter<Date?>, Setter<Date?>)
        /// A calendar day the object must have; `null` is refused with the message.
        case day(Getter<Day>, Setter<Day>, refusal: String)
        case optionalDay(Getter<Day?>, Setter<Day?>)
        /// A list of texts.
        case texts(Getter<[String]>, Setter<[String]>)
        /// A goal's notes, its history and its origin: the nested objects of every goal, read with no
        /// closure of their own.
        case notes(Getter<[Note]>, Setter<[Note]>)
        case history(Getter<[Change]>, Setter<[Change]>)
        case origin(Getter<GoalOrigin?>, Setter<GoalOrigin?>)
        /// The translations of a record's texts, left out when there are none.
        case translations(Getter<Translations>, Setter<Translations>)
        /// Any other member: its own reader and writer (the writer writes the key too).
        case nested(Read, Write)
    }

    /// What is done with a member the layout does not name.
    enum Unknown: Sendable {
        /// Kept in the record's unknown members, each name once.
        case keep
        /// Checked as JSON and passed over, as a listing does.
        case skip
    }

    /// Makes the record members are read into.
    let make: @Sendable () -> Record
    let members: [Member]
    /// The members' keys, for finding a member by its name.
    let keys: [String]
    /// The numbers of the required members.
    let required: [Int]
    /// The object as errors name it before its id is known, and when it has none: `a goal`.
    let noun: String
    /// The object as errors name it once its id is read: `goal G-7K2M`; nil to say `noun` always.
    let named: (@Sendable (Record) -> String)?
    /// Whether an error inside a member's value names that member (`"title": expected a string`);
    /// otherwise the member of the enclosing object is named.
    let namesMembers: Bool
    let unknown: Unknown
    /// What is done once every member is read (defaults that depend on other members).
    let finish: (@Sendable (inout Record, MemberSet) -> Void)?

    init(
        _ make: @escaping @Sendable () -> Record, _ noun: String, named: (@Sendable (Record) -> String)? = nil, namesMembers: Bool = true,
        unknown: Unknown = .keep, members: [Member],
        finish: (@Sendable (inout Record, MemberSet) -> Void)? = nil
    ) {
        self.make = make
        self.noun = noun
        self.named = named
        self.namesMembers = namesMembers
        self.unknown = unknown
        self.members = members
        keys = members.map(\.key)
        required = members.indices.filter { members[$0].isRequired }
        self.finish = finish
    }

    /// The number of the member with this key, trying first the members from `next` on: files
    /// written by this program have them in order, so the first try is almost always the one.
    @inline(__always)
    func index(of key: String, from next: Int) -> Int? {
        var index = next
        while index < keys.count {
            if keys[index] == key { return index }
            index += 1
        }
        index = 0
        while index < next, index < keys.count {
            if keys[index] == key { return index }
            index += 1
        }
        return nil
    }

    /// How errors name the object when member number `index` is missing.
    func described(_ record: Record, missing index: Int) -> String {
        guard let named, index > 0 else { return noun }
        return named(record)
    }
}

/// A record of the file that keeps the members this version does not know, to write them back.
protocol KeepsUnknownMembers: Sendable {
    var extras: ExtraFields { get set }
}
