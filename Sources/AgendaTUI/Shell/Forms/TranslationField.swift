import TerminalWidgets

/// A form's field that holds a translation: the original it translates, shown beside it, the earlier
/// original a stale translation was made from, and whether the translator confirmed it still holds.
public struct TranslationField: Equatable, Sendable {
    /// The original text, as it is now.
    public var original: String
    /// The original's language, as its mark shows it (`en`).
    public var originalLanguage: String
    /// The language of the translation.
    public var language: String
    /// The original the translation was made from, when it differs from the current one (stale).
    public var previous: String?
    /// The translation being written.
    public var area: TextArea
    /// The translation the form opened with.
    public let initial: String
    /// Whether the translator confirmed the translation as still right for the current original.
    public var confirmed = false

    public init(original: String, in originalLanguage: String, translation language: String, previous: String?, text: String) {
        self.original = original
        self.originalLanguage = originalLanguage
        self.language = language
        self.previous = previous
        initial = text
        area = TextArea(text)
    }

    /// Whether it is stale: made from an earlier original, neither rewritten nor confirmed.
    public var isStale: Bool { previous != nil && !confirmed && area.text == initial }
}
