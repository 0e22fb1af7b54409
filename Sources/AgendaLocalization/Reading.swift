import AgendaModel

/// Texts as a reader of the interface's language reads them: the translation into that language when
/// there is one, else the original; with the quiet mark of what stands in (`[en]` for the original in
/// place of a missing translation, `[check]` for an outdated one), or no mark for a current translation
/// and for the agenda's own language.
///
/// The full-screen program, the command line and the reports read through it, so that a text reads the
/// same, with the same marks, wherever it is shown.
public struct Reading: Sendable {
    /// The reader's language tag.
    public let language: String
    /// The agenda's language, if it says.
    public let original: String?
    public let strings: Strings

    public init(_ agenda: Agenda, _ strings: Strings) {
        language = strings.language.rawValue
        original = agenda.language
        self.strings = strings
    }

    /// Whether the reader reads the agenda's own language, so that every text shows as written.
    public var readsOriginal: Bool { original.map { LanguageTag.sameLanguage($0, language) } ?? false }

    /// A text and its mark, from its original and translations.
    public func shown(_ text: String, _ translations: [String: Translation]) -> (text: String, mark: String?) {
        let (text, mark, _) = read(text, translations)
        return (text, mark)
    }

    /// A text, its mark, and the language of the original when the original stands in for a missing
    /// translation (for a document to say which language that text is in).
    public func read(_ text: String, _ translations: [String: Translation]) -> (text: String, mark: String?, fallback: String?) {
        if readsOriginal || (translations.isEmpty && original == nil) { return (text, nil, nil) }
        let shown = ShownText(original: text, translations: translations, in: language, originalLanguage: original)
        return (shown.text, mark(shown), shown.kind == .original && shown.isFallback ? shown.language : nil)
    }

    /// The mark of a text shown: none for a current translation or the original asked for.
    public func mark(_ shown: ShownText) -> String? {
        switch shown.kind {
        case .translation: nil
        case .stale: strings[.markStale]
        case .original: shown.isFallback ? shown.language.map { "[\($0)]" } : nil
        }
    }

    public func title(_ goal: Goal) -> (text: String, mark: String?) { shown(goal.title, goal.translations.of("title")) }
    public func description(_ goal: Goal) -> (text: String, mark: String?) {
        goal.description.isEmpty ? ("", nil) : shown(goal.description, goal.translations.of("description"))
    }
    public func name(_ area: Area) -> (text: String, mark: String?) { shown(area.name, area.translations.of("name")) }
    public func description(_ area: Area) -> (text: String, mark: String?) {
        area.description.isEmpty ? ("", nil) : shown(area.description, area.translations.of("description"))
    }
    public func name(_ organization: Organization) -> String { shown(organization.name, organization.translations.of("name")).text }
    public func title(_ session: Session) -> (text: String, mark: String?) { shown(session.title, session.translations.of("title")) }
    /// A free topic of a session's item (empty when it has none).
    public func topic(_ item: SessionItem) -> (text: String, mark: String?) {
        guard let topic = item.topic, !topic.isEmpty else { return ("", nil) }
        return shown(topic, item.translations.of("topic"))
    }
    public func text(_ decision: Decision) -> (text: String, mark: String?) { shown(decision.text, decision.translations.of("text")) }

    /// A text and its mark as one string, the mark after a space.
    public static func joined(_ shown: (text: String, mark: String?)) -> String {
        shown.mark.map { shown.text + " " + $0 } ?? shown.text
    }
}
