import AgendaModel

/// A codec generated from a layout's table (the files of `Generated/`, written by the tests'
/// `CodecGenerator`): the members' keys, reads and writes are straight-line code there; what is the
/// same for every generated codec is here.
protocol GeneratedCodec: ObjectCodec where Record: BlankRecord {
    /// The layout the code is generated from; asked only to name a missing member.
    var layout: ObjectLayout<Record> { get }

    /// How many members the layout names.
    static var memberCount: Int { get }

    /// Whether member number `number` has this key (compared with the key's literal, so that no
    /// text is made or released).
    static func member(_ number: Int, isNamed key: String) -> Bool

    /// The bits of the required members' numbers.
    static var requiredMembers: UInt64 { get }

    /// What is set once every member is read and none is missing, as the layout's `finish` does.
    func finishMembers(_ record: inout Record, seen: MemberSet)
}

extension GeneratedCodec {
    func makeRecord() -> Record {
        .blank
    }

    var skipsUnknown: Bool { false }

    var namesMembers: Bool { true }

    @inline(__always)
    func number(of key: String, from next: Int) -> Int? {
        if Self.member(next, isNamed: key) { return next }
        for number in 0..<Self.memberCount where Self.member(number, isNamed: key) {
            return number
        }
        return nil
    }

    @inline(__always)
    func finishReading(_ record: inout Record, seen: MemberSet, at start: Int) throws(JSONSyntaxError) {
        if !seen.containsAll(Self.requiredMembers) { try layout.refuseMissing(record, seen: seen, at: start) }
        finishMembers(&record, seen: seen)
    }

    func finishMembers(_ record: inout Record, seen: MemberSet) {}
}
