/// What went wrong with an agenda file, with a line and column for each problem where one exists.
///
/// Printed one problem per line as `FILE:LINE:COLUMN: message`, the form editors and compilers use.
public struct AgendaFileError: Error, Equatable, Sendable, CustomStringConvertible {
    /// One problem: its message and, when it concerns a place in the file, that place.
    public struct Item: Equatable, Sendable {
        public var message: String
        public var position: SourcePosition?

        public init(_ message: String, at position: SourcePosition? = nil) {
            self.message = message
            self.position = position
        }
    }

    /// The path of the file as the user gave it.
    public var file: String
    public var items: [Item]

    public init(file: String, items: [Item]) {
        self.file = file
        self.items = items
    }

    public init(file: String, _ message: String, at position: SourcePosition? = nil) {
        self.init(file: file, items: [Item(message, at: position)])
    }

    /// The problems, one per line, each starting with the file and position.
    public var lines: [String] {
        items.map { item in
            if let position = item.position {
                return "\(file):\(position.line):\(position.column): \(item.message)"
            }
            return "\(file): \(item.message)"
        }
    }

    public var description: String { lines.joined(separator: "\n") }
}
