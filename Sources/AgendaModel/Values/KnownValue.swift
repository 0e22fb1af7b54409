/// A word from a fixed vocabulary (a status, a kind, a level) that can still hold a word it does not know.
///
/// A file may carry a value from a newer version or a typo; the program keeps it, shows it, and
/// validation names it, instead of refusing to open the file.
public protocol KnownValue: RawRepresentable, Hashable, Sendable, CustomStringConvertible
where RawValue == String {
    /// Every value this version knows, in the order menus and reports list them.
    static var known: [Self] { get }
    init(rawValue: String)
}

extension KnownValue {
    /// Whether this version knows the value.
    public var isKnown: Bool { Self.known.contains(self) }

    public var description: String { rawValue }

    /// The known value whose raw text matches, ignoring case, or nil.
    public static func parse(_ text: String) -> Self? {
        let lowered = text.lowercased()
        return known.first { $0.rawValue == lowered }
    }

    /// The known raw values joined for a message: `proposed, active, blocked`.
    public static var knownList: String {
        known.map(\.rawValue).joined(separator: ", ")
    }
}
