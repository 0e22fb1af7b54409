/// A text in the language a reader asked for, with what it is: a translation, a stale one, or the
/// original (the fallback when there is no translation, always labelled).
///
/// The order is: the translation into the language asked for (its region ignored when no translation
/// has that region: `pt-BR` finds `pt`), else the original. A stale translation is shown, marked.
public struct ShownText: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// The original, in the agenda's language, asked for or not.
        case original
        /// A translation made from the original as it is now.
        case translation
        /// A translation made from an earlier original.
        case stale
    }

    public let text: String
    public let kind: Kind
    /// The language the text shown is in (nil: the agenda does not say its language).
    public let language: String?
    /// Whether the reader asked for another language than the one shown: the original stands in
    /// for a missing translation.
    public let isFallback: Bool

    public init(original: String, translations: [String: Translation], in asked: String?, originalLanguage: String?) {
        let wantsOriginal = asked == nil || originalLanguage.map { LanguageTag.sameLanguage($0, asked!) } ?? false
        if !wantsOriginal, let asked, let (tag, translation) = Self.translation(in: asked, translations) {
            text = translation.text
            kind = translation.isStale(against: original) ? .stale : .translation
            language = tag
            isFallback = false
        } else {
            text = original
            kind = .original
            language = originalLanguage
            isFallback = !wantsOriginal
        }
    }

    /// The translation into a language: its exact tag first, else one of the same language.
    static func translation(in asked: String, _ translations: [String: Translation]) -> (String, Translation)? {
        if let exact = translations[asked] { return (asked, exact) }
        return translations.sorted { $0.key < $1.key }.first { LanguageTag.sameLanguage($0.key, asked) }.map { ($0.key, $0.value) }
    }
}
