import AgendaModel

/// The known members an object has had so far, to refuse a member that appears twice.
struct MemberSet {
    private var bits: UInt64 = 0

    /// Marks member number `bit`; throws when the object already had it.
    @inline(__always)
    mutating func insert(_ bit: Int, key: String, at offset: Int) throws(JSONSyntaxError) {
        let mask: UInt64 = 1 << UInt64(bit)
        if bits & mask != 0 {
            throw JSONSyntaxError("the member \"\(key)\" appears twice in one object", at: offset, structural: true)
        }
        bits |= mask
    }

    /// Whether member number `bit` was seen.
    func contains(_ bit: Int) -> Bool {
        bits & (1 << UInt64(bit)) != 0
    }
}

extension ExtraFields {
    /// Adds an unknown member, refusing a key the object already had.
    mutating func add(_ key: String, _ value: JSONValue, at offset: Int) throws(JSONSyntaxError) {
        if members.contains(where: { $0.key == key }) {
            throw JSONSyntaxError("the member \"\(key)\" appears twice in one object", at: offset, structural: true)
        }
        members.append(JSONMember(key, value))
    }
}
