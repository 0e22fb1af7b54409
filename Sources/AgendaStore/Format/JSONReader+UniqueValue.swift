import AgendaModel

/// Reading the members the format does not know, with the format's rule that no object has a member
/// twice, at any depth (`readValue` accepts duplicates, as RFC 8259 allows).
extension JSONReader {
    /// Reads any value into a `JSONValue`, refusing an object that has a member twice.
    mutating func readUniqueValue() throws(JSONSyntaxError) -> JSONValue {
        switch try peekKind() {
        case .object:
            var members: [JSONMember] = []
            var keys = UniqueKeys()
            try readObject { (reader, key) throws(JSONSyntaxError) in
                try keys.insert(key, at: reader.offset)
                members.append(JSONMember(key, try reader.readUniqueValue()))
            }
            return .object(members)
        case .array:
            var elements: [JSONValue] = []
            try readArray { (reader) throws(JSONSyntaxError) in
                elements.append(try reader.readUniqueValue())
            }
            return .array(elements)
        default:
            return try readValue()
        }
    }
}
