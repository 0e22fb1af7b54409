/// The members of a JSON object that the program does not know, kept in file order for the next save.
///
/// Every type of the agenda file carries one, so a file written by a newer version loses nothing when
/// an older one opens and saves it.
public struct ExtraFields: Equatable, Sendable {
    /// The unknown members, in the order the file had them.
    public var members: [JSONMember]

    public init(_ members: [JSONMember] = []) {
        self.members = members
    }

    /// Whether there are no unknown members.
    public var isEmpty: Bool { members.isEmpty }

    /// The value of an unknown member, if the file had it.
    public subscript(key: String) -> JSONValue? {
        members.first { $0.key == key }?.value
    }
}
