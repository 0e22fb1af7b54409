import AgendaModel

/// The encoding of an agenda as bytes: the one place that knows the file format.
///
/// The store loads and saves through this interface, so the format code can be replaced (for speed,
/// say) without touching anything else.
public protocol AgendaFormat: Sendable {
    /// The agenda in the bytes of a file, or the first error with its byte offset.
    func decode(_ bytes: [UInt8]) throws(JSONSyntaxError) -> Agenda
    /// The bytes of a file holding the agenda, in the documented layout.
    func encode(_ agenda: Agenda) -> [UInt8]
    /// The byte offset of the value at `path` in the bytes, or of the nearest enclosing value.
    func locate(_ path: [PathComponent], in bytes: [UInt8]) -> Int?
    /// The offsets of many paths at once, each as `locate(_:in:)` gives it.
    func locate(_ paths: [[PathComponent]], in bytes: [UInt8]) -> [Int?]
    /// Every text value in the bytes that holds a control character, in file order, without positions.
    func controlCharacters(in bytes: [UInt8]) -> [ControlCharacterFinding]
}

extension AgendaFormat {
    /// One path at a time; formats that can find many in one pass do so.
    public func locate(_ paths: [[PathComponent]], in bytes: [UInt8]) -> [Int?] {
        paths.map { locate($0, in: bytes) }
    }
}
