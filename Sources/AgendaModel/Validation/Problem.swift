/// A step in the path to a value of an agenda file: a member's key or an array's index.
public enum PathComponent: Hashable, Sendable, CustomStringConvertible {
    case key(String)
    case index(Int)

    public var description: String {
        switch self {
        case .key(let key): key
        case .index(let index): "[\(index)]"
        }
    }
}

/// Something wrong in an agenda, named by the goal (or organization) and field it concerns.
public struct Problem: Hashable, Sendable, CustomStringConvertible {
    /// The message: `goal G-12: progress 150 is out of range 0-100`.
    public var message: String
    /// Where the value sits in the file, so a loader can give its line and column.
    public var path: [PathComponent]

    public init(_ message: String, at path: [PathComponent]) {
        self.message = message
        self.path = path
    }

    public var description: String { message }
}
