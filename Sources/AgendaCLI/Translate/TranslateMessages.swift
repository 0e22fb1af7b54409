import AgendaLocalization
import AgendaModel

/// Every text `agenda translate` shows people: its help, its tables and summaries, its refusals, and the
/// comments it writes into PO files for translators. In English for now, in one place, so that they can
/// move into the interface's catalog as they are.
enum TranslateMessages {
    /// The language the names of languages are written in.
    static let language: Language = .english

    // MARK: - Help

    static let abstract = "Translate an agenda's texts with the tools translators use (gettext PO files)."
    static let discussion = """
        An agenda's texts (goals' titles and descriptions, areas, organizations' names, sessions' titles, \
        topics and decisions) are written in its language and may hold translations. 'status' counts them \
        per language; 'export' writes a PO file for a translator (Poedit, Weblate, Lokalize, a text editor); \
        'import' brings the translated file back. A translation whose original changed since is stale: \
        shown marked, never counted as translated, and exported as fuzzy with the original it was made from.
        """
    static let statusAbstract = "Count the translated, stale and missing texts of each language."
    static let statusDiscussion = """
        One row per language the agenda has translations in, or the one --to names (all missing when \
        nothing is translated yet). Stale and missing texts never count as translated. --format json \
        gives the same figures for programs.
        """
    static let exportAbstract = "Write a gettext PO file of the agenda's texts for a translator."
    static let exportDiscussion = """
        One entry per text: msgctxt names the record and field (goal G-0001 title), msgid is the original, \
        msgstr its translation (empty when missing). A stale translation is marked '#, fuzzy' and its \
        '#| msgid' is the original it was made from, so the translator sees what changed. '#.' comments \
        say where each text is. The header names the language (Language:) and the agenda \
        (X-Agenda-Title:), which 'import' checks. Without --output, the file goes to standard output.
        """
    static let importAbstract = "Apply the translations of a PO file to the agenda."
    static let importDiscussion = """
        The PO file's header decides the language (Language:) and must name this agenda (X-Agenda-Title:, \
        as 'export' wrote it); every msgctxt must name a text the agenda has. Otherwise, or on any error in \
        the file (reported as PO-FILE:LINE:COLUMN), nothing is written. An entry whose msgid is the \
        original as it is now is imported as a translation of it; one whose msgid is not (the original \
        changed since the export) is imported as stale, made from that msgid. A fuzzy entry was not \
        confirmed by its translator: it is imported as stale, made from its '#| msgid' (else its msgid); \
        when that is the original as it is now, it cannot be marked stale and is left out, with a note \
        naming its line (remove the fuzzy mark to import it). Empty msgstr are skipped. --by names the \
        translator recorded with each translation.
        """
    static let languageHelp = "The language: a tag such as es, pt or pt-BR, or its name (español, Portuguese)."
    static let formatHelp = "Output format: table or json."
    static let outputHelp = "Write the PO file here (atomically) instead of standard output."
    static let poFileHelp = "The PO file to import."

    // MARK: - Languages

    /// A language for people: `Portuguese (pt)`, `Portuguese (pt-BR)`, or the tag alone when unknown.
    static func languageName(_ tag: String) -> String {
        let name = LanguageNames.name(LanguageTag.primary(tag), language)
        return name == LanguageTag.primary(tag) ? tag : "\(name) (\(tag))"
    }

    static func notALanguageTag(_ text: String) -> String {
        "'\(text)' is not a language tag such as es, pt or pt-BR"
    }

    static func ownLanguage(_ tag: String) -> String {
        "the agenda is written in \(languageName(tag)): its texts in that language are the originals, not translations"
    }

    // MARK: - Status

    static func originals(_ agenda: Agenda, texts: Int) -> String {
        let count = texts == 1 ? "1 text" : "\(texts) texts"
        guard let own = agenda.language else {
            return "The agenda does not name the language of its originals; \(count) to translate."
        }
        return "Originals in \(languageName(own)); \(count) to translate."
    }

    static func noTranslations(_ file: String) -> String {
        "No translations yet. To start one: agenda translate export \(file) --to LANGUAGE --output FILE.po"
    }

    static let staleNote = "Stale: translated from an earlier original; 'export' marks them fuzzy for the translator."
    static let columns = (language: "LANGUAGE", name: "NAME", translated: "TRANSLATED", stale: "STALE", missing: "MISSING",
                          percent: "%")

    // MARK: - Export

    static func exported(_ path: String, _ status: TranslationStatus) -> String {
        "Wrote \(path): \(status.total) texts in \(languageName(status.language)): \(status.translated) translated, "
            + "\(status.stale) stale (fuzzy), \(status.missing) to translate."
    }

    static func outputIsTheAgenda(_ path: String) -> String {
        "--output \(path) is the agenda file itself: write the PO file elsewhere, such as pt.po"
    }

    /// The comments at the top of an exported PO file.
    static func poIntroduction(_ agenda: Agenda, language: String, file: String, texts: Int) -> [String] {
        let source = agenda.language.map { "Originals in \(languageName($0))." } ?? "The agenda does not name the language of its originals."
        return [
            "Translation of the agenda \"\(agenda.title.escapingControls())\" into \(languageName(language)).",
            "\(source) \(texts) texts, from \(file).",
            "",
            "Each entry is one text of the agenda: msgctxt names where it is (goal G-0001 title),",
            "msgid is the original, msgstr its translation (empty: not translated yet).",
            "Entries marked fuzzy were translated from an earlier original, shown as \"#| msgid\":",
            "update the translation, then remove the fuzzy mark.",
            "Bring the file back with: agenda translate import AGENDA-FILE THIS-FILE.po",
        ]
    }

    // MARK: - What each text is, for translators (#. comments)

    static func goalTitle(_ id: String, area: String) -> String { "Title of the goal \(id), in the area: \(area)" }
    static func subGoal(of id: String, _ title: String) -> String { "A sub-goal of \(id): \(title)" }
    static func goalDescription(_ id: String, _ title: String) -> String { "Description of the goal \(id): \(title)" }
    static func areaName(_ id: String) -> String { "Name of the area \(id)" }
    static func areaDescription(_ id: String, _ name: String) -> String { "Description of the area \(id): \(name)" }
    static func organizationName(_ id: String, _ place: String) -> String {
        "Name of the organization \(id)" + (place.isEmpty ? "" : " (\(place))")
    }
    static func sessionTitle(_ id: String, _ date: String) -> String { "Title of the session \(id), \(date)" }
    static func topic(_ session: String, _ title: String) -> String { "A topic of the session \(session): \(title)" }
    static func decision(_ session: String, _ title: String) -> String { "A decision of the session \(session): \(title)" }
    static func decisionOn(_ subject: String) -> String { "On: \(subject)" }

    // MARK: - Import

    static func cannotRead(_ reason: String) -> String { "cannot read: \(reason)" }
    static let noHeader = """
        no header entry (msgid ""): a PO file from 'agenda translate export' starts with one, naming its Language
        """
    static let noLanguage = "the header has no Language: it decides the language the translations are in (Language: pt)"
    static func badLanguage(_ value: String) -> String { "Language: \(notALanguageTag(value))" }
    static func charset(_ value: String) -> String {
        "the file is declared as '\(value)': only UTF-8 PO files are read; convert it with msgconv -t UTF-8"
    }
    static let noTitle = """
        the header has no X-Agenda-Title: the file was not exported from an agenda (agenda translate export)
        """
    static func otherAgenda(_ title: String, agendaTitle: String, file: String) -> String {
        "the file was exported from the agenda \"\(title)\", not from \(file) (\"\(agendaTitle)\"); "
            + "if that agenda was renamed, set X-Agenda-Title in the file's header to its new title"
    }
    static let noContext = "an entry without msgctxt: each text of the agenda is named by its msgctxt (such as goal G-0001 title)"
    static func unknownText(_ context: String, file: String) -> String { "msgctxt \"\(context)\" names no text of \(file)" }
    static let plural = "plural forms (msgid_plural) are not used by an agenda's texts"
    static func secondEntry(_ context: String, first: Int) -> String {
        "a second entry for \"\(context)\" (the first is at line \(first))"
    }
    static func nothingImported(into file: String) -> String { "nothing was imported into \(file)" }
    static let fuzzyLeftOut = """
        fuzzy, not imported: its translator did not confirm it, and it was made from the original as it is now, \
        so it cannot be marked stale; remove the fuzzy mark to import it
        """

    /// The summary of an import.
    static func imported(_ po: String, into file: String, language: String, _ counts: TranslationImport.Counts) -> String {
        var parts = [
            "\(counts.added) \(counts.added == 1 ? "translation" : "translations") added", "\(counts.updated) updated",
            "\(counts.stale) imported as stale", "\(counts.unchanged) unchanged",
        ]
        parts.append("\(counts.empty) left empty")
        if counts.fuzzyLeftOut > 0 { parts.append("\(counts.fuzzyLeftOut) fuzzy not imported") }
        return "Imported \(po) into \(file), \(languageName(language)): " + parts.joined(separator: ", ") + "."
    }
}
