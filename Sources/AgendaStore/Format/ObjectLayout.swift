import AgendaModel

/// One kind of object of the agenda file, described once: its members in the documented order, each
/// with how it is read into the record and written from it, and what the object is called in errors.
///
/// The reader (`JSONReader.read(_:)`) and the writer (`JSONWriter.write(_:_:)`) both go through it,
/// so a member's key, order and form are stated in one place. Members the layout does not name are
/// kept in the record's `extras` (or, in a listing, passed over) and written after the known ones.
struct ObjectLayout<Record: KeepsUnknownMembers>: Sendable {
    /// Reads a member's value into the record; the reader stands at the value.
    typealias Read = @Sendable (inout JSONReader, inout Record) throws(JSONSyntaxError) -> Void
    /// Writes a member (key and value) of the record, or nothing for an absent optional member.
    typealias Write = @Sendable (Record, inout JSONWriter) -> Void

    /// One member of the object.
    struct Member: Sendable {
        let key: String
        /// Whether the object must have it.
        let isRequired: Bool
        let read: Read
        let write: Write

        init(_ key: String, required: Bool = false, read: @escaping Read, write: @escaping Write) {
            self.key = key
            isRequired = required
            self.read = read
            self.write = write
        }
    }

    /// What is done with a member the layout does not name.
    enum Unknown: Sendable {
        /// Kept in the record's unknown members, each name once.
        case keep
        /// Checked as JSON and passed over, as a listing does.
        case skip
    }

    /// The record members are read into.
    let empty: Record
    let members: [Member]
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
        _ empty: Record, _ noun: String, named: (@Sendable (Record) -> String)? = nil, namesMembers: Bool = true,
        unknown: Unknown = .keep, members: [Member],
        finish: (@Sendable (inout Record, MemberSet) -> Void)? = nil
    ) {
        self.empty = empty
        self.noun = noun
        self.named = named
        self.namesMembers = namesMembers
        self.unknown = unknown
        self.members = members
        self.finish = finish
    }

    /// The number of the member with this key, trying first the members from `next` on: files
    /// written by this program have them in order, so the first try is almost always the one.
    @inline(__always)
    func index(of key: String, from next: Int) -> Int? {
        var index = next
        while index < members.count {
            if members[index].key == key { return index }
            index += 1
        }
        index = 0
        while index < next, index < members.count {
            if members[index].key == key { return index }
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
