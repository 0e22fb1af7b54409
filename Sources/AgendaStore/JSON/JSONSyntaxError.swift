/// A JSON text that breaks the grammar or the agenda format, with the byte offset where it goes wrong.
public struct JSONSyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Offset of the offending byte from the start of the text.
    public var offset: Int
    public var message: String
    /// The innermost object member whose value was being read when the error happened, if any.
    public var member: String?
    /// Whether the error is in the document's structure (a missing comma, say) rather than in one value;
    /// such errors are not attributed to a member.
    public var isStructural: Bool

    public init(_ message: String, at offset: Int, member: String? = nil, structural: Bool = false) {
        self.message = message
        self.offset = offset
        self.member = member
        isStructural = structural
    }

    /// The message with the member it concerns: `"progress": expected a whole number, found a string`.
    public var fullMessage: String {
        member.map { "\"\($0)\": " + message } ?? message
    }

    public var description: String { "\(fullMessage) (byte \(offset))" }

    /// This error, naming `key` as its member unless a deeper member is already named.
    func within(_ key: String) -> JSONSyntaxError {
        var copy = self
        if copy.member == nil, !copy.isStructural { copy.member = key }
        return copy
    }
}
