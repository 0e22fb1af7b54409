import AgendaModel
import ArgumentParser

/// The language a translation is in, as `--to` and a PO file's `Language:` give it.
enum TranslateLanguage {
    /// The tag for what was typed (`pt_BR` → `pt-BR`, `español` → `es`), or nil when it is not a tag.
    static func tag(_ typed: String) -> String? {
        let tag = LanguageTag.normalized(typed)
        return LanguageTag.isWellFormed(tag) ? tag : nil
    }

    /// Parses `--to`, refusing what is not a language tag.
    static func option(_ typed: String) throws -> String {
        guard let tag = tag(typed) else { throw ValidationError(TranslateMessages.notALanguageTag(typed)) }
        return tag
    }

    /// Whether `tag` is the agenda's own language (whatever the region): its texts in it are the originals.
    static func isOriginal(_ tag: String, of agenda: Agenda) -> Bool {
        agenda.language.map { LanguageTag.sameLanguage($0, tag) } ?? false
    }

    /// Refuses the agenda's own language.
    static func checkTranslatable(_ tag: String, in agenda: Agenda) throws {
        if isOriginal(tag, of: agenda) { throw Failure(TranslateMessages.ownLanguage(agenda.language ?? tag)) }
    }
}
