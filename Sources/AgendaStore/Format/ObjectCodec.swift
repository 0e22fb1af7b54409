import AgendaModel

/// How the reader and writer go through the members of one kind of object.
///
/// Two kinds conform: an `ObjectLayout`, the table of the members with the record's accessors as
/// closures, and the codecs generated from a layout (`GeneratedCodec`: `GoalCodec`, `NoteCodec`,
/// `ChangeCodec` and `GoalOriginCodec`, in `Generated/`), the same members as straight-line code for
/// the objects that make up most of a file. The reading loop (`JSONReader.read(_:)`) and the writing of an object
/// (`JSONWriter.write(_:_:)`) are the same for both.
protocol ObjectCodec {
    associatedtype Record: KeepsUnknownMembers

    /// The record the members are read into, before any is read.
    func makeRecord() -> Record

    /// The number of the member with this key, trying first the members from `next` on: files
    /// written by this program have them in order, so the first try is almost always the one.
    func number(of key: String, from next: Int) -> Int?

    /// Reads the value of member number `number` into the record, or checks it as JSON and passes
    /// over it (as a listing does); the reader stands at the value.
    func read(member number: Int, _ r: inout JSONReader, into record: inout Record) throws(JSONSyntaxError)

    /// Whether the members it does not name are checked and passed over (a listing), not kept.
    var skipsUnknown: Bool { get }

    /// Whether an error inside a member's value names that member (`"title": expected a string`);
    /// otherwise the member of the enclosing object is named.
    var namesMembers: Bool { get }

    /// Once every member is read (`seen`): refuses a missing required member, then sets what depends
    /// on other members. `start` is the object's offset, where a missing member is reported.
    func finishReading(_ record: inout Record, seen: MemberSet, at start: Int) throws(JSONSyntaxError)

    /// Writes the record's known members in order, leaving out absent optional ones.
    func writeMembers(of record: Record, _ w: inout JSONWriter)
}
