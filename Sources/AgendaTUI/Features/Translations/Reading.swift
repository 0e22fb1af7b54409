import AgendaLocalization
import AgendaModel

/// Texts as a reader of the interface's language reads them: the translation into that language when
/// there is one, else the original; with the quiet mark of what stands in (`[en]` for the original in
/// place of a missing translation, `[check]` for an outdated one), or no mark for a current translation
/// and for the agenda's own language.
struct Reading {
    /// The reader's language tag.
    let language: String
    /// The agenda's language, if it says.
    let original: String?
    let strings: Strings

    init(_ agenda: Agenda, _ strings: Strings) {
        language = strings.language.rawValue
        original = agenda.language
        self.strings = strings
    }

    /// Whether the reader reads the agenda's own language, so that every text shows as written.
    var readsOriginal: Bool { original.map { LanguageTag.sameLanguage($0, language) } ?? false }

    /// A text and its mark, from its original and translations.
    func shown(_ text: String, _ translations: [String: Translation]) -> (text: String, mark: String?) {
        if readsOriginal || (translations.isEmpty && original == nil) { return (text, nil) }
        let shown = ShownText(original: text, translations: translations, in: language, originalLanguage: original)
        return (shown.text, mark(shown))
    }

    /// The mark of a text shown: none for a current translation or the original asked for.
    func mark(_ shown: ShownText) -> String? {
        switch shown.kind {
        case .translation: nil
        case .stale: strings[.markStale]
        case .original: shown.isFallback ? shown.language.map { "[\($0)]" } : nil
        }
    }

    func title(_ goal: Goal) -> (text: String, mark: String?) { shown(goal.title, goal.translations.of("title")) }
    func description(_ goal: Goal) -> (text: String, mark: String?) {
        goal.description.isEmpty ? ("", nil) : shown(goal.description, goal.translations.of("description"))
    }
    func name(_ area: Area) -> (text: String, mark: String?) { shown(area.name, area.translations.of("name")) }
    func description(_ area: Area) -> (text: String, mark: String?) {
        area.description.isEmpty ? ("", nil) : shown(area.description, area.translations.of("description"))
    }
    func name(_ organization: Organization) -> String { shown(organization.name, organization.translations.of("name")).text }
    func title(_ session: Session) -> (text: String, mark: String?) { shown(session.title, session.translations.of("title")) }

    /// A text and its mark as one string, the mark after a space.
    static func joined(_ shown: (text: String, mark: String?)) -> String {
        shown.mark.map { shown.text + " " + $0 } ?? shown.text
    }
}
