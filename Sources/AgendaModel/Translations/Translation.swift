import Foundation

/// One text in another language than the agenda's: what it says, the original it was made from, and
/// who made it when.
///
/// A translation is stale when the original has changed since: it is still shown (marked as such) and
/// never deleted, until someone updates or confirms it, which makes it from the original as it is now.
public struct Translation: Equatable, Sendable {
    public var text: String
    /// The original's text when the translation was made (or last confirmed).
    public var from: String
    public var by: String?
    public var at: Date?
    public var extras: ExtraFields

    public init(text: String, from: String, by: String? = nil, at: Date? = nil, extras: ExtraFields = ExtraFields()) {
        self.text = text
        self.from = from
        self.by = by
        self.at = at
        self.extras = extras
    }

    /// Whether the original has changed since the translation was made.
    public func isStale(against original: String) -> Bool {
        from != original
    }
}
