import AgendaLocalization
import AgendaModel
import ArgumentParser

/// `--in LANGUAGE` of `set` and `area set`: the language the texts given are written in, so that they
/// set the translation into it rather than the original.
enum TextLanguage {
    /// Parses `--in`: a language tag (`pt_BR` read as `pt-BR`, `español` as `es`), else a refusal naming
    /// what was typed.
    static func option(_ typed: String) throws -> String {
        guard let tag = TranslateLanguage.tag(typed) else {
            throw ValidationError(strings.format(.cliNotALanguageTag, typed))
        }
        return tag
    }

    /// Whether texts written in `tag` are the agenda's originals: no `--in`, or the agenda's own language
    /// (whatever its region).
    static func isOriginal(_ tag: String?, of agenda: Agenda) -> Bool {
        guard let tag else { return true }
        return TranslateLanguage.isOriginal(tag, of: agenda)
    }

    /// The edit that makes `text` the translation of a text into a language, made from its original as it
    /// is now; an empty text removes the translation. Nil when the text already is that translation, and
    /// current.
    static func edit(_ ref: TextRef, into tag: String, _ text: String, in agenda: Agenda) -> Edit? {
        let original = agenda.original(ref) ?? ""
        let old = agenda.translations(ref)[tag]
        let written = text.trimmingWhitespace
        if written.isEmpty { return old == nil ? nil : .setTranslation(ref, language: tag, nil) }
        if let old, old.text == written, !old.isStale(against: original) { return nil }
        return .setTranslation(ref, language: tag, Translation(text: written, from: original))
    }

    /// A translation's change in words, as `set` prints the original's: `title (es): + Voto en el
    /// exterior`, `title (es): old → new`, `title (es): − old` when removed.
    static func change(_ label: String, _ tag: String, from old: String?, to new: String?) -> String {
        let label = label + " (" + tag + ")" + strings[.cliLabelColon] + " "
        switch (old, new) {
        case (nil, let new?): return label + "+ " + ChangeText.oneLine(new)
        case (let old?, nil): return label + "− " + ChangeText.oneLine(old)
        case (let old?, let new?): return label + ChangeText.oneLine(old) + " → " + ChangeText.oneLine(new)
        case (nil, nil): return label
        }
    }

    /// The changes in words of translation edits, as the agenda read before them.
    static func changes(_ edits: [Edit], label: (String) -> String, in agenda: Agenda) -> [String] {
        edits.compactMap { edit in
            guard case .setTranslation(let ref, let tag, let new) = edit else { return nil }
            return change(label(ref.field), tag, from: agenda.translations(ref)[tag]?.text, to: new?.text)
        }
    }
}
