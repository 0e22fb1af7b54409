import AgendaModel

/// The members an object has had so far, to refuse a member that appears twice.
///
/// Known members are bits of a word; unknown ones are names, looked up in a list while there are few
/// and in a hash set beyond that, so an object with a hundred thousand unknown members is checked
/// in linear time, not quadratic.
struct MemberSet {
    private var bits: UInt64 = 0
    private var unknown = UniqueKeys()

    /// Marks member number `bit`; throws when the object already had it.
    @inline(__always)
    mutating func insert(_ bit: Int, key: String, at offset: Int) throws(JSONSyntaxError) {
        let mask: UInt64 = 1 << UInt64(bit)
        if bits & mask != 0 {
            throw JSONSyntaxError("the member \"\(key)\" appears twice in one object", at: offset, structural: true)
        }
        bits |= mask
    }

    /// Marks a member the format does not know; throws when the object already had it.
    mutating func insertUnknown(_ key: String, at offset: Int) throws(JSONSyntaxError) {
        try unknown.insert(key, at: offset)
    }

    /// Whether member number `bit` was seen.
    func contains(_ bit: Int) -> Bool {
        bits & (1 << UInt64(bit)) != 0
    }

    /// Whether every member whose bit is set in `mask` was seen.
    @inline(__always)
    func containsAll(_ mask: UInt64) -> Bool {
        bits & mask == mask
    }
}

/// Member names of one object, refusing one that comes twice: a list while short, a set when long.
struct UniqueKeys {
    private static let listLimit = 16
    private var list: [String] = []
    private var set: Set<String>?

    mutating func insert(_ key: String, at offset: Int) throws(JSONSyntaxError) {
        let isNew: Bool
        if set != nil {
            isNew = set!.insert(key).inserted
        } else if list.count < Self.listLimit {
            isNew = !list.contains(key)
            if isNew { list.append(key) }
        } else {
            var made = Set(list)
            isNew = made.insert(key).inserted
            set = made
            list = []
        }
        if !isNew {
            throw JSONSyntaxError("the member \"\(key)\" appears twice in one object", at: offset, structural: true)
        }
    }
}

extension ExtraFields {
    /// Adds an unknown member, refusing a key the object already had (`seen` holds the object's keys).
    mutating func add(_ key: String, _ value: JSONValue, at offset: Int, seen: inout MemberSet) throws(JSONSyntaxError) {
        try seen.insertUnknown(key, at: offset)
        members.append(JSONMember(key, value))
    }
}
